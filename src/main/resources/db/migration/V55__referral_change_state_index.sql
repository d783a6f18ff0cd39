-- The referral module's view for follow-up (followup_referrals, V45) looks up, per referral, the first moment it
-- reached a given state: with the state in the index each lookup reads the index alone.
create index referral_change_state_idx on referral_change (referral_id, to_status, changed_at);
