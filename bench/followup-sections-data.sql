-- Synthetic national-scale rows for the referral and outcome sections and meetings over time (issue 15), written
-- straight into a migrated database: :clients clients referred over the year before 2026-11-01 at one office, 60 %
-- released, a sixth of those back in custody; about 1.2 referrals a client in every state, with dated changes and
-- goals; outcome forms for most due points; three meetings a client. Run with
--   psql -v clients=250000 -d DB -f bench/followup-sections-data.sql
\set ON_ERROR_STOP on
create temporary table bench_ids as
select (select id from unit where id in (select probation_office_id from client) limit 1) as office,
       (select id from app_user where role = 'COORDINATOR' limit 1) as coordinator,
       (select code from municipality limit 1) as municipality,
       (select id from service limit 1) as service,
       (select organisation_id from service limit 1) as organisation;

create temporary table bench_client as
select gen_random_uuid() as id, g as n, date '2025-11-01' + (g % 365) as referred_on,
       case when g % 10 < 6 then date '2025-11-01' + (g % 365) + 60 + (g % 90) end as released_on,
       case when g % 10 = 0 then date '2025-11-01' + (g % 365) + 200 end as returned_on
from generate_series(1, :clients) g;

insert into client (id, version, full_name, id_country, id_kind, id_number, date_of_birth, gender, interpreter_needed,
                    municipality_code, probation_office_id, coordinator_id, stage, stage_since, referred_on,
                    registered_at, registered_by)
select c.id, 0, 'Bench ' || c.n, 'SE', 'SE_PERSONNUMMER', 'BENCH' || c.n, date '1980-01-01', 'MALE', false,
       i.municipality, i.office, i.coordinator, 'REFERRED', c.referred_on, c.referred_on, now(), i.coordinator
from bench_client c, bench_ids i;

insert into stage_transition (id, client_id, from_stage, to_stage, effective_on, recorded_by, recorded_at,
                              entered_afterwards)
select gen_random_uuid(), c.id, s.from_stage, s.to_stage, s.on_day, i.coordinator, now(), true
from bench_client c cross join bench_ids i
cross join lateral (values (null, 'REFERRED', c.referred_on), ('REFERRED', 'RELEASED', c.released_on),
                           ('RELEASED', 'RETURNED_TO_CUSTODY', c.returned_on)) s(from_stage, to_stage, on_day)
where s.on_day is not null;

-- Referrals: n % 5 decides the last state reached; sent 10–40 days after referral, answered within a week.
create temporary table bench_referral as
select gen_random_uuid() as id, c.id as client_id, c.n + k as n,
       (c.referred_on + 10 + ((c.n + k) % 30))::timestamptz + interval '13 hours' as sent_at,
       (array['ACCOMMODATION', 'SUBSTANCE_USE', 'EMPLOYMENT_EDUCATION_TRAINING', 'FINANCE_AND_DEBT',
              'MENTAL_HEALTH'])[1 + (c.n + k) % 5] as need_area
from bench_client c cross join generate_series(0, 1) k
where k = 0 or c.n % 5 = 0;

insert into referral (id, client_id, service_id, organisation_id, need_area, reason, urgency, status, referred_by,
                      referred_at, changed_at, version)
select r.id, r.client_id, i.service, i.organisation, r.need_area, 'bench', 'ROUTINE',
       (array['SENT', 'DECLINED', 'STARTED', 'COMPLETED', 'ENDED_EARLY'])[1 + r.n % 5], i.coordinator, r.sent_at,
       r.sent_at, 0
from bench_referral r, bench_ids i;

insert into referral_change (id, referral_id, from_status, to_status, side, changed_by, changed_at)
select gen_random_uuid(), r.id, s.from_status, s.to_status, 'SERVICE', i.coordinator, r.sent_at + s.after
from bench_referral r cross join bench_ids i
cross join lateral (values (null, 'SENT', interval '0 days', 0), ('SENT', 'DECLINED', interval '5 days', 1),
                           ('SENT', 'ACCEPTED', interval '3 days', 2), ('ACCEPTED', 'STARTED', interval '20 days', 2),
                           ('STARTED', 'COMPLETED', interval '90 days', 3),
                           ('STARTED', 'ENDED_EARLY', interval '40 days', 4)) s(from_status, to_status, after, kind)
where s.kind = 0 or s.kind = r.n % 5 or (s.kind = 2 and r.n % 5 in (3, 4));

insert into referral_goal (referral_id, position, text, outcome)
select r.id, 1, 'bench', (array['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'])[1 + r.n % 3]
from bench_referral r where r.n % 5 in (3, 4);

insert into outcome_form (id, client_id, released_on, point, recorded_on, settled_accommodation, occupation,
                          addiction_treatment, debt_advice, support_contact, entered_afterwards, recorded_by,
                          recorded_at)
select gen_random_uuid(), c.id, c.released_on, p.point, c.released_on + p.after, c.n % 3 > 0,
       (array['NONE', 'WORK', 'EDUCATION', 'TRAINING'])[1 + c.n % 4],
       (array['NOT_NEEDED', 'STARTED', 'NOT_STARTED'])[1 + c.n % 3],
       (array['NOT_NEEDED', 'STARTED', 'NOT_STARTED'])[1 + (c.n / 3) % 3], c.n % 2 = 0, true, i.coordinator, now()
from bench_client c cross join bench_ids i
cross join lateral (values ('RELEASE', 0), ('SIX_MONTHS', 183)) p(point, after)
where c.released_on is not null and c.released_on + p.after <= date '2026-11-28' and c.n % 7 > 0;

insert into meeting (id, client_id, starts_on, starts_at, duration_minutes, place_kind, release_on, client_invited,
                     status, entered_afterwards, version, created_by, created_at)
select gen_random_uuid(), c.id, c.referred_on + 20 * k, time '10:00', 60, 'VIDEO', c.released_on, true,
       case when k = 2 and c.n % 4 = 0 then 'CANCELLED' else 'HELD' end, true, 0, i.coordinator, now()
from bench_client c cross join bench_ids i cross join generate_series(1, 3) k
where c.referred_on + 20 * k <= date '2026-11-28';

analyze;
select (select count(*) from client) as clients, (select count(*) from referral) as referrals,
       (select count(*) from referral_change) as changes, (select count(*) from outcome_form) as forms,
       (select count(*) from meeting) as meetings;
