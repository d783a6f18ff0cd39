-- The referral, outcome and meetings-over-time queries as CountedSections sends them, for the national cohort
-- referred 2025-11-29 … 2026-11-28 (reference date 2026-11-28, Europe/Stockholm), timed by psql. The cohort is
-- chosen by :members: the followup_client condition the application uses today, or (for the sections' own share)
--   psql -v members="select id from client where referred_on between date '2025-11-29' and date '2026-11-28'"
\timing on
\if :{?members}
\else
\set members 'select client_id from followup_client where referred_on between date ''2025-11-29'' and date ''2026-11-28'''
\endif
select need_area, state, decline_reason_code, outcome, ended, started, accepted, count(*) as n
from (select need_area, state, decline_reason_code, outcome,
             case when ended_at < timestamptz '2026-11-29 00:00 Europe/Stockholm' then 1 else 0 end as ended,
             case when started_at < timestamptz '2026-11-29 00:00 Europe/Stockholm' then 1 else 0 end as started,
             case when accepted_at < timestamptz '2026-11-29 00:00 Europe/Stockholm' then 1 else 0 end as accepted
      from followup_referrals where sent_at < timestamptz '2026-11-29 00:00 Europe/Stockholm'
        and client_id in (:members)) r
group by need_area, state, decline_reason_code, outcome, ended, started, accepted;
select count(*) from (
select sy, sm, sd, ty, tm, td, count(*) as n
from (select extract(year from sent_at at time zone 'Europe/Stockholm') as sy,
             extract(month from sent_at at time zone 'Europe/Stockholm') as sm,
             extract(day from sent_at at time zone 'Europe/Stockholm') as sd,
             extract(year from started_at at time zone 'Europe/Stockholm') as ty,
             extract(month from started_at at time zone 'Europe/Stockholm') as tm,
             extract(day from started_at at time zone 'Europe/Stockholm') as td
      from followup_referrals where started_at < timestamptz '2026-11-29 00:00 Europe/Stockholm'
        and client_id in (:members)) w
group by sy, sm, sd, ty, tm, td) pairs;
select count(*) as clients,
       coalesce(sum(case when exists (select 1 from followup_referrals r where r.client_id = m.client_id
           and r.sent_at < timestamptz '2026-11-29 00:00 Europe/Stockholm') then 1 else 0 end), 0) as referred,
       coalesce(sum(case when exists (select 1 from followup_referrals r where r.client_id = m.client_id
           and r.started_at < timestamptz '2026-11-29 00:00 Europe/Stockholm') then 1 else 0 end), 0) as started
from (select id as client_id from client where id in (:members)) m;
select count(*) from (
select released_on, returned_on, count(*) as n from client_release_for_followup
where released_on <= date '2026-11-28' and client_id in (:members) group by released_on, returned_on) releases;
select point, settled_accommodation, occupation, addiction_treatment, debt_advice, support_contact, count(*) as n
from followup_outcomes
where recorded_on <= date '2026-11-28' and client_id in (:members)
  and ((point = 'RELEASE' and released_on <= date '2026-11-28')
    or (point = 'SIX_MONTHS' and released_on <= date '2026-05-28')
    or (point = 'TWELVE_MONTHS' and released_on <= date '2025-11-28'))
group by point, settled_accommodation, occupation, addiction_treatment, debt_advice, support_contact;
select y, m, phase, count(*) as n
from (select extract(year from meeting_on) as y, extract(month from meeting_on) as m, phase from followup_meetings
      where held = true and meeting_on <= date '2026-11-28' and client_id in (:members)) x
group by y, m, phase order by y, m, phase;
