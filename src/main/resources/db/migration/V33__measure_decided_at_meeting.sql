-- A measure created or changed by a decision at a collaboration meeting records which meeting decided it (and the
-- meeting's day, so the plan can show it without asking the meeting module).
alter table plan_measure add column decided_at_meeting uuid;
alter table plan_measure add column decided_on date;
