-- Notices of custody facts entered afterwards (issue 15 item 3). A transfer, release, return or change of
-- municipality recorded later than the day it happened describes the past: it is told as before, but it is never
-- chained with other changes (coalescing folds quick successive live corrections, not a sitting's catching up on
-- different days), and the follow-up figure of the time until every member acknowledged leaves it out, as nobody
-- could have acknowledged it when it happened. Existing events were live.
alter table notice_event add column entered_afterwards boolean default false not null;

drop view followup_acknowledgement;
create view followup_acknowledgement as
select e.id as event_id, e.client_id, e.kind, e.created_at,
       count(n.id) as recipients,
       count(n.acknowledged_at) as acknowledged,
       max(n.acknowledged_at) as last_acknowledged_at
from notice_event e
join notice n on n.event_id = e.id
where e.needs_acknowledgement = true and n.channel = 'IN_APP'
  and e.coalesced_into is null and e.withdrawn_at is null and e.entered_afterwards = false
group by e.id, e.client_id, e.kind, e.created_at;
