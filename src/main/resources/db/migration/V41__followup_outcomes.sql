-- Published by the client module for follow-up (created here in follow-up's reserved migration range): each
-- client's latest release from custody, and the first return to custody after it, from the stage history.
-- Read-only; follow-up composes outcome due dates and the derived "returned to custody" outcome from it.
create view client_release_for_followup as
select c.id                  as client_id,
       c.probation_office_id as office_id,
       c.coordinator_id      as coordinator_id,
       c.stage               as stage,
       r.released_on         as released_on,
       (select min(b.effective_on) from stage_transition b
         where b.client_id = c.id and b.to_stage = 'RETURNED_TO_CUSTODY'
           and b.effective_on >= r.released_on) as returned_on
from client c
join (select client_id, max(effective_on) as released_on from stage_transition
      where to_stage = 'RELEASED' group by client_id) r on r.client_id = c.id;

-- The short, dated follow-up form per client and release: at release, and 6 and 12 months after. One per point
-- and release (a later release after a return to custody starts its own three points).
create table outcome_form (
    id                     uuid        primary key,
    client_id              uuid        not null references client (id),
    released_on            date        not null,
    point                  varchar(12) not null,
    recorded_on            date        not null,
    settled_accommodation  boolean     not null,
    occupation             varchar(12) not null,
    addiction_treatment    varchar(12) not null,
    debt_advice            varchar(12) not null,
    support_contact        boolean     not null,
    entered_afterwards     boolean     not null,
    recorded_by            uuid        not null,
    recorded_at            timestamp with time zone not null,
    constraint outcome_form_point_unique unique (client_id, released_on, point)
);
create index outcome_form_client_idx on outcome_form (client_id);

-- Read-only view of the outcomes for figures: one row per form, with the office and whether the client had
-- returned to custody by the form's date (derived from the records, never typed in).
create view followup_outcomes as
select f.client_id, r.office_id, f.released_on, f.point, f.recorded_on, f.settled_accommodation,
       f.occupation, f.addiction_treatment, f.debt_advice, f.support_contact, f.entered_afterwards,
       case when r.returned_on is not null and r.returned_on <= f.recorded_on then true else false end
           as returned_to_custody
from outcome_form f
join client_release_for_followup r on r.client_id = f.client_id and r.released_on = f.released_on;
