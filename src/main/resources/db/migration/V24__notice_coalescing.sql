-- Coalescing (issue 12): several changes to one client within a short window leave by e-mail and webhook as one.
-- An event folded into a later one points to it; a change reversed within the window is withdrawn. Either way
-- its notices no longer leave by e-mail or webhook; the later event carries the history.
alter table notice_event add column coalesced_into uuid;
alter table notice_event add column withdrawn_at timestamp with time zone;
