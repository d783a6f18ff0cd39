-- Benchmark only: grows the audit log by :rows synthetic read entries so that the gate's audit write is
-- measured against a table of national size. The synthetic rows carry placeholder hashes, so the chain of
-- a benchmark database does not verify; never run this against a real database.
insert into audit_entry (sequence, occurred_at, actor_user_id, actor_username, actor_organisation_id, action,
                         outcome, subject_type, subject_id, purpose, details, previous_hash, entry_hash)
select h.last_sequence + g, now(), null, 'bench', null, 'READ', 'ALLOWED', 'client', gen_random_uuid()::text,
       'benchmark', 'category=BASIC_AND_CUSTODY; ground=CLIENT_COORDINATOR',
       md5(g::text) || md5((g + 1)::text), md5((g + 2)::text) || md5((g + 3)::text)
from audit_chain_head h, generate_series(1, :rows) g;
update audit_chain_head set last_sequence = (select max(sequence) from audit_entry),
       last_hash = (select entry_hash from audit_entry order by sequence desc limit 1);
analyze audit_entry;
