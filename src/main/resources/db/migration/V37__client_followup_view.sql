-- What the client module publishes for follow-up (issue 15): read-only views, no name, no identity number, no
-- free text. Every date is the date the records say the thing happened (the stage transition's effective date),
-- not when it was typed in, so a history entered afterwards gives the same figures as one entered live.

-- One row per client: where and who (office, municipality, gender), the first date each stage was reached, the
-- exit (exits are final, so there is at most one), and the offence and risk of the newest custody episode.
create view followup_client as
select c.id as client_id,
       c.probation_office_id as office_id,
       c.municipality_code,
       c.gender,
       c.stage,
       coalesce((select min(t.effective_on) from stage_transition t
                 where t.client_id = c.id and t.to_stage = 'REFERRED'), cast(c.registered_at as date)) as referred_on,
       (select min(t.effective_on) from stage_transition t where t.client_id = c.id and t.to_stage = 'SCREENED') as screened_on,
       (select min(t.effective_on) from stage_transition t where t.client_id = c.id and t.to_stage = 'CONSENTED') as consented_on,
       (select min(t.effective_on) from stage_transition t where t.client_id = c.id and t.to_stage = 'ENROLLED') as enrolled_on,
       (select min(t.effective_on) from stage_transition t where t.client_id = c.id and t.to_stage = 'RELEASED') as released_on,
       (select min(t.effective_on) from stage_transition t where t.client_id = c.id and t.to_stage = 'COMPLETED') as completed_on,
       (select min(t.effective_on) from stage_transition t
        where t.client_id = c.id and t.to_stage = 'RETURNED_TO_CUSTODY') as returned_on,
       (select min(t.effective_on) from stage_transition t
        where t.client_id = c.id and t.to_stage in ('DECLINED', 'WITHDREW', 'MOVED', 'DIED', 'EXPELLED')) as exited_on,
       (select max(t.to_stage) from stage_transition t
        where t.client_id = c.id and t.to_stage in ('DECLINED', 'WITHDREW', 'MOVED', 'DIED', 'EXPELLED')) as exit_stage,
       e.main_offence,
       e.risk_level
from client c
left join custody_episode e on e.client_id = c.id
     and e.episode_number = (select max(x.episode_number) from custody_episode x where x.client_id = c.id);

-- The latest eligibility screening of each client: the decision and each criterion's finding (MET, NOT_MET,
-- UNKNOWN), without the notes and the reason, which are free text.
create view followup_screening as
select s.client_id, cast(s.screened_at as date) as screened_on, s.decision,
       s.release_in_window, s.risk_medium_or_high, s.sentence_long_enough, s.several_agencies, s.motivated,
       s.no_expulsion
from eligibility_screening s
where s.screened_at = (select max(x.screened_at) from eligibility_screening x where x.client_id = s.client_id);

-- Custody events that took effect (a late-arriving older event is kept as history but changed nothing).
create view followup_custody_event as
select e.client_id, e.kind, e.effective_on
from custody_event e
where e.applied = true;

-- Every move of a conditional release date (the first setting of the date is not a change).
create view followup_release_date_change as
select k.client_id, cast(k.changed_at as date) as changed_on
from key_date_change k
where k.date_field = 'CONDITIONAL_RELEASE' and k.old_value is not null
  and (k.new_value is null or k.new_value <> k.old_value);
