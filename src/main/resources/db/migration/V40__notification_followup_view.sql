-- What the notification module publishes for follow-up (issue 15): for each event that asked its recipients to
-- acknowledge it (not one folded into a later event or withdrawn), how many in-app notices went out, how many were acknowledged and when the last one was.
create view followup_acknowledgement as
select e.id as event_id, e.client_id, e.kind, e.created_at,
       count(n.id) as recipients,
       count(n.acknowledged_at) as acknowledged,
       max(n.acknowledged_at) as last_acknowledged_at
from notice_event e
join notice n on n.event_id = e.id
where e.needs_acknowledgement = true and n.channel = 'IN_APP'
  and e.coalesced_into is null and e.withdrawn_at is null
group by e.id, e.client_id, e.kind, e.created_at;
