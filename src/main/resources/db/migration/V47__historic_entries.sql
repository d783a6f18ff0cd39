-- Historic data counts (issue 15 item 3). Every dated record keeps the day it took effect apart from the moment
-- it was recorded, and says whether it was entered afterwards: its day lay before the day it was recorded (an
-- earlier trial's or another system's record, or a coordinator catching up). Follow-up counts by the effective
-- day, so a record entered afterwards gives the same figures as one entered live. Existing rows were live.
--
-- Effective days, for the follow-up views:
--   client.referred_on                 the day the client was referred (= the first stage transition's day)
--   stage_transition.effective_on      the day the client moved to to_stage
--   eligibility_screening.screened_on  the day of the screening
--   group_member.from_date / to_date   the membership's first and last day
--   coordinator_change.effective_on    the day of the handover
--   consent.given_on / valid_until / withdrawn_on
--   custody_event.effective_on         the day of the event (occurred_at: when it was decided at the source)
alter table client add column referred_on date;
update client set referred_on = coalesce(
    (select min(t.effective_on) from stage_transition t where t.client_id = client.id and t.from_stage is null),
    stage_since);
alter table client alter column referred_on set not null;
create index client_referred_idx on client (referred_on);

alter table stage_transition add column entered_afterwards boolean default false not null;
create index stage_transition_effective_idx on stage_transition (to_stage, effective_on);

alter table eligibility_screening add column screened_on date;
-- A screening that screened the client was recorded in the same instant as its move to SCREENED, which has the day.
update eligibility_screening set screened_on = coalesce(
    (select min(t.effective_on) from stage_transition t
     where t.client_id = eligibility_screening.client_id and t.to_stage = 'SCREENED'
       and t.recorded_at = eligibility_screening.screened_at),
    cast(screened_at as date));
alter table eligibility_screening alter column screened_on set not null;
alter table eligibility_screening add column entered_afterwards boolean default false not null;

alter table group_member add column entered_afterwards boolean default false not null;
alter table group_member add column end_entered_afterwards boolean default false not null;

alter table coordinator_change add column entered_afterwards boolean default false not null;

alter table consent add column entered_afterwards boolean default false not null;
alter table consent add column withdrawal_entered_afterwards boolean default false not null;

alter table custody_event add column entered_afterwards boolean default false not null;
