-- What the assessment module publishes for follow-up (issue 15), in addition to V39: each assessment's version and
-- day, without its ratings, so that follow-up finds each client's latest assessment by the reference date among
-- the assessments (one row each) rather than among their rated areas (ten rows each).
create view followup_assessment as
select a.client_id, a.version_number, a.assessed_on
from assessment a;
