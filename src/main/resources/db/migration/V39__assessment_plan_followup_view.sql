-- What the assessment and plan modules publish for follow-up (issue 15): the ratings of every assessment version
-- (follow-up takes the latest on or before the cohort's reference date) and each measure's area, phase, status
-- and the kind of agency that owns it. No descriptions, notes or names.

create view followup_assessment_rating as
select a.client_id, a.version_number, a.assessed_on, r.area, r.rating
from assessment a
join assessment_area r on r.assessment_id = a.id;

create view followup_measure as
select m.client_id, m.area, m.phase, m.status, o.agency_type as owner_agency_type
from plan_measure m
join organisation o on o.id = m.owner_organisation_id;
