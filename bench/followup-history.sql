-- Adds to the follow-up benchmark's generated clients (bench/followup-data.sh) the rest of a year's history, in bulk and
-- at the seeds' proportions: collaboration meetings (the Swedish trial: 95 meetings for 27 clients, about half in
-- custody and half after release, the first about three months before release), needs assessments (one at
-- enrolment, a second after release), and plan measures owned by the agencies in the client's group. PostgreSQL
-- only; deterministic (setseed). The demo's own clients (those with a history already) are left alone.
do $$ begin perform setseed(0.15); end $$;

create temporary table bench_case as
select f.client_id, c.coordinator_id, f.enrolled_on, f.released_on,
       coalesce(f.released_on, e.conditional_release_date) as release_on, f.exited_on
from followup_client f
join client c on c.id = f.client_id
left join custody_episode e on e.client_id = f.client_id
     and e.episode_number = (select max(x.episode_number) from custody_episode x where x.client_id = f.client_id)
where f.enrolled_on is not null
  and not exists (select 1 from meeting m where m.client_id = f.client_id)
  and not exists (select 1 from assessment a where a.client_id = f.client_id);

-- Meetings: two to five per client, every 30 to 60 days from about three months before release (never before
-- enrolment); those past are held (one in twelve cancelled), those to come planned; none after the client left.
create temporary table bench_meeting as
select gen_random_uuid() as id, b.client_id, b.coordinator_id, b.release_on, s.starts_on,
       case when s.starts_on > current_date then 'PLANNED'
            when random() < 1.0 / 12 then 'CANCELLED' else 'HELD' end as status
from bench_case b
cross join lateral (
  select greatest(b.enrolled_on, coalesce(b.release_on, b.enrolled_on + 120) - 90) + (n - 1) * (30 + (random() * 30)::int)
         as starts_on
  from generate_series(1, 2 + (random() * 3)::int) n) s
where b.exited_on is null or s.starts_on <= b.exited_on;

insert into meeting (id, client_id, starts_on, starts_at, duration_minutes, place_kind, release_on, client_invited,
                     status, entered_afterwards, version, created_by, created_at)
select id, client_id, starts_on, time '10:00', 60,
       case when release_on is null or starts_on < release_on then 'INSTITUTION' else 'PROBATION_OFFICE' end,
       release_on, true, status, false, 0, coordinator_id, cast(starts_on - 14 as timestamp) at time zone 'UTC'
from bench_meeting;

insert into meeting_record (id, meeting_id, revision, client_attended, recorded_by, recorded_at)
select gen_random_uuid(), id, 1, random() < 0.9, coordinator_id, cast(starts_on as timestamp) at time zone 'UTC'
from bench_meeting where status = 'HELD';

-- Assessments: the first at enrolment, a second thirty days after release for those released by then; every area
-- rated, a need in about half the areas at first and fewer after release.
create temporary table bench_assessment as
select gen_random_uuid() as id, client_id, coordinator_id, 1 as version_number, enrolled_on as assessed_on from bench_case
union all
select gen_random_uuid(), client_id, coordinator_id, 2, released_on + 30 from bench_case
where released_on is not null and released_on + 30 <= current_date;

insert into assessment (id, client_id, version_number, assessed_on, recorded_by, recorded_at)
select id, client_id, version_number, assessed_on, coordinator_id, cast(assessed_on as timestamp) at time zone 'UTC'
from bench_assessment;

insert into assessment_area (assessment_id, area, rating)
select a.id, area, case when r < (0.5 - 0.15 * (a.version_number - 1)) * 0.4 then 'SEVERE'
                        when r < (0.5 - 0.15 * (a.version_number - 1)) * 0.7 then 'SIGNIFICANT'
                        when r < (0.5 - 0.15 * (a.version_number - 1)) then 'SOME' else 'NO_NEED' end
from bench_assessment a
cross join (values ('ACCOMMODATION'), ('EMPLOYMENT_EDUCATION_TRAINING'), ('FINANCE_AND_DEBT'), ('SUBSTANCE_USE'),
                   ('MENTAL_HEALTH'), ('PHYSICAL_HEALTH'), ('FAMILY_AND_RELATIONSHIPS'),
                   ('ATTITUDES_AND_CRIMINAL_BEHAVIOUR'), ('IDENTITY_DOCUMENTS_AND_BENEFITS'),
                   ('SOCIAL_NETWORK_AND_LEISURE')) areas(area)
cross join lateral (select random() + 0 * length(area) as r) x;

-- Plan measures: one per agency in the client's group (social services and the employment service most often, as
-- in the seeds), in custody before release and after it, done, in progress or not achieved as time allows.
insert into plan_measure (id, client_id, area, description, measure_type, owner_organisation_id, responsible_name,
                          phase, start_on, status, version, created_by, created_at)
select gen_random_uuid(), b.client_id,
       case o.agency_type when 'EMPLOYMENT_SERVICE' then 'EMPLOYMENT_EDUCATION_TRAINING'
                          when 'DEBT_ENFORCEMENT' then 'FINANCE_AND_DEBT'
                          when 'SOCIAL_INSURANCE' then 'IDENTITY_DOCUMENTS_AND_BENEFITS'
                          when 'ADDICTION_CARE' then 'SUBSTANCE_USE'
                          when 'PSYCHIATRY' then 'MENTAL_HEALTH'
                          when 'CIVIL_SOCIETY' then 'SOCIAL_NETWORK_AND_LEISURE' else 'ACCOMMODATION' end,
       'Generated measure', 'OTHER', g.organisation_id, 'Generated contact',
       case when b.released_on is null then 'IN_CUSTODY' else 'AFTER_RELEASE' end, b.enrolled_on,
       case when b.released_on is null then 'ACCEPTED' when random() < 0.6 then 'DONE'
            when random() < 0.7 then 'IN_PROGRESS' else 'NOT_ACHIEVED' end,
       0, b.coordinator_id, cast(b.enrolled_on as timestamp) at time zone 'UTC'
from bench_case b
join (select distinct client_id, organisation_id from group_member) g on g.client_id = b.client_id
join organisation o on o.id = g.organisation_id
where o.agency_type <> 'PROBATION';
