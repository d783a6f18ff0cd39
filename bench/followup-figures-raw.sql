-- The follow-up figures' reads, run by psql alone: the same ten queries CohortRows sends for a cohort (here the
-- national one, referred between :'from' and :'to'), every row fetched and thrown away. bench/followup-figures.sh
-- times them to compare the application's answer with the database's own share of the work.
\o /dev/null
select * from followup_client where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_screening where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_group_agency where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_handover where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_consent_scope where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_assessment_rating where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_measure where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_custody_event where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_release_date_change where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
select * from followup_acknowledgement where client_id in (select client_id from followup_client where referred_on between :'from' and :'to');
\o
