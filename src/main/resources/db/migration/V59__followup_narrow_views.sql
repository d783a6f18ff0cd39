-- Narrow views for the two follow-up figures that are counted per meeting and per measure rather than per client
-- (issue 15's benchmark: a national cohort has 300,000 held meetings and 900,000 measures), each published by the
-- module that owns the table, with an index the figure's scan can be answered from.

-- The meeting module: held meetings, with the day and the phase followup_meetings gives them, and nothing else
-- (followup_meetings also finds each meeting's latest record and its agencies present).
create view followup_held_meeting as
select m.client_id,
       m.starts_on as meeting_on,
       case when m.release_on is null or m.starts_on < m.release_on then 'IN_CUSTODY' else 'AFTER_RELEASE' end
           as phase
from meeting m
where m.status = 'HELD';
create index meeting_followup_held_idx on meeting (client_id, status, starts_on, release_on);

-- The plan module: each measure's owning organisation and status, so that measures are counted per organisation
-- before the few organisations are looked up (followup_measure joins every measure to its organisation first).
create view followup_measure_owner as
select client_id, owner_organisation_id, status
from plan_measure;
create index plan_measure_followup_owner_idx on plan_measure (client_id, owner_organisation_id, status);

-- The directory: each organisation's agency type.
create view followup_organisation_type as
select id as organisation_id, agency_type
from organisation;
