-- What the group module publishes for follow-up (issue 15): which kinds of agency sat in each client's group and
-- when, the coordinator handovers, and what each consent covered and when. No names, no free text.

create view followup_group_agency as
select m.client_id, m.organisation_id, o.agency_type, m.from_date, m.to_date
from group_member m
join organisation o on o.id = m.organisation_id;

create view followup_handover as
select h.client_id, h.effective_on
from coordinator_change h;

-- One row per consent and organisation it covers (a consent covering none still has its row).
create view followup_consent_scope as
select c.id as consent_id, c.client_id, c.consent_form, c.given_on, c.valid_until, c.withdrawn_on, co.organisation_id
from consent c
left join consent_organisation co on co.consent_id = c.id;
