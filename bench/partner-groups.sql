-- Benchmark only: the generated clients have no group, consent or plan, so the demo's partners
-- ('partner', social services Umeå; 'employment', the employment service Umeå) could read none of them.
-- This puts both into the group of 40 generated clients at the Umeå office — one client each of the first
-- 40 generated Umeå coordinators, the ones the benchmark signs in first — with a consent in force that
-- covers both organisations for basic and custody facts, needs assessment and plan. Written directly, as
-- the demo is: these rows have no audit entries of their own.
create temporary table bench_group as
with umea_coordinators as (
    select u.id, substr(u.username, 7)::int as n
    from app_user u
    where u.username like 'bench-%' and u.unit_id = (select unit_id from app_user where username = 'coordinator')
    order by n
    limit 40)
select distinct on (c.coordinator_id) c.id as client_id, gen_random_uuid() as consent_id
from client c
join umea_coordinators k on k.id = c.coordinator_id
join custody_episode e on e.client_id = c.id and e.current
order by c.coordinator_id, c.id;

insert into group_member (id, client_id, user_id, contact_id, person_name, organisation_id, group_role, from_date,
                          added_by, added_at, add_reason)
select gen_random_uuid(), g.client_id, u.id, null, u.display_name, u.organisation_id, 'CASE_WORKER',
       current_date - 30, (select id from app_user where username = 'coordinator'), now(), 'benchmark'
from bench_group g cross join app_user u
where u.username in ('partner', 'employment');

insert into consent (id, client_id, consent_form, given_on, witness, told_about_confidentiality, text_version,
                     valid_until, documented_by, documented_at)
select g.consent_id, g.client_id, 'ORAL', current_date - 30, 'Benchmark witness', true, '2026-1',
       current_date + 335, (select id from app_user where username = 'coordinator'), now()
from bench_group g;

insert into consent_organisation (consent_id, organisation_id)
select g.consent_id, u.organisation_id
from bench_group g cross join app_user u
where u.username in ('partner', 'employment');

insert into consent_category (consent_id, category)
select g.consent_id, c.category
from bench_group g
cross join (values ('BASIC_AND_CUSTODY'), ('NEEDS_ASSESSMENT'), ('PLAN_AND_MEASURES')) as c (category);

select count(*) as "clients shared with the partners" from bench_group;
