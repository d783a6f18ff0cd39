-- Adds to the follow-up benchmark's generated clients (bench/followup-data.sh) their referrals and outcome forms, in
-- bulk: a referral to a service for every enrolled client and a second for every fifth (about 1.2 a client), sent
-- 10 to 40 days after enrolment, each in one of the states a referral ends in (awaiting, declined, started,
-- completed, ended early) with its dated changes and, when run to its end, a goal with its outcome; and outcome
-- forms at release and at six months for six of every seven clients released long enough ago. PostgreSQL only;
-- deterministic. The demo's own clients are left alone.
create temporary table bench_client as
select f.client_id, (row_number() over (order by f.client_id))::int as n, f.enrolled_on, f.released_on, c.coordinator_id
from followup_client f
join client c on c.id = f.client_id
join app_user a on a.id = c.coordinator_id and a.username ~ '^bench-[0-9]+$'
where f.enrolled_on is not null;

create temporary table bench_service as
select id, organisation_id, row_number() over (order by id) - 1 as slot from service;

create temporary table bench_referral as
select gen_random_uuid() as id, c.client_id, c.coordinator_id, c.n + k as n,
       (c.enrolled_on + 10 + ((c.n + k) % 30)::int)::timestamp at time zone 'Europe/Stockholm' + interval '10 hours'
           as sent_at,
       (array['ACCOMMODATION', 'SUBSTANCE_USE', 'EMPLOYMENT_EDUCATION_TRAINING', 'FINANCE_AND_DEBT',
              'MENTAL_HEALTH'])[1 + (c.n + k) % 5] as need_area
from bench_client c cross join generate_series(0, 1) k
where (k = 0 or c.n % 5 = 0) and c.enrolled_on + 40 < current_date;

insert into referral (id, client_id, service_id, organisation_id, need_area, reason, urgency, status, referred_by,
                      referred_at, changed_at, version)
select r.id, r.client_id, s.id, s.organisation_id, r.need_area, 'bench', 'ROUTINE',
       (array['SENT', 'DECLINED', 'STARTED', 'COMPLETED', 'ENDED_EARLY'])[1 + r.n % 5], r.coordinator_id, r.sent_at,
       r.sent_at, 0
from bench_referral r
join bench_service s on s.slot = r.n % (select count(*) from bench_service);

insert into referral_change (id, referral_id, from_status, to_status, side, changed_by, changed_at)
select gen_random_uuid(), r.id, s.from_status, s.to_status, case when s.kind = 0 then 'REFERRER' else 'SERVICE' end,
       r.coordinator_id, r.sent_at + s.after
from bench_referral r
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
select gen_random_uuid(), c.client_id, c.released_on, p.point, c.released_on + p.after + (c.n % 14)::int,
       c.n % 3 > 0, (array['NONE', 'WORK', 'EDUCATION', 'TRAINING'])[1 + c.n % 4],
       (array['NOT_NEEDED', 'STARTED', 'NOT_STARTED'])[1 + c.n % 3],
       (array['NOT_NEEDED', 'STARTED', 'NOT_STARTED'])[1 + (c.n / 3) % 3], c.n % 2 = 0, true, c.coordinator_id, now()
from bench_client c
cross join lateral (values ('RELEASE', 0), ('SIX_MONTHS', 183)) p(point, after)
where c.released_on is not null and c.released_on + p.after + 14 <= current_date and c.n % 7 > 0;

select (select count(*) from referral) as referrals, (select count(*) from referral_change) as changes,
       (select count(*) from referral_goal) as goals, (select count(*) from outcome_form) as outcome_forms;
