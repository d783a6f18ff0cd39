-- outcome_form.point was varchar(12), one short of 'TWELVE_MONTHS' (13): no 12-month form could be stored. The
-- view over it is dropped and made again unchanged, since a column a view reads cannot change its type.
drop view followup_outcomes;

alter table outcome_form alter column point set data type varchar(20);

create view followup_outcomes as
select f.client_id, r.office_id, f.released_on, f.point, f.recorded_on, f.settled_accommodation,
       f.occupation, f.addiction_treatment, f.debt_advice, f.support_contact, f.entered_afterwards,
       case when r.returned_on is not null and r.returned_on <= f.recorded_on then true else false end
           as returned_to_custody
from outcome_form f
join client_release_for_followup r on r.client_id = f.client_id and r.released_on = f.released_on;
