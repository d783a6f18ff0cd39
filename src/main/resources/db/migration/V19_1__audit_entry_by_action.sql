-- The administrator's start page shows the newest check of the audit chain: found by its action without
-- reading the whole log.
create index audit_entry_action_idx on audit_entry (action, id);
