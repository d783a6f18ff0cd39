-- Benchmark only: grows the audit log by :rows synthetic read entries, sealed with placeholder hashes, so
-- that the gate's audit write and the sequencer are measured against tables of national size. The chain of
-- a benchmark database does not verify; never run this against a real database.
create temporary table bench_audit as
select nextval(pg_get_serial_sequence('audit_entry', 'id')) as id, h.last_sequence + g as sequence, g
from audit_chain_head h, generate_series(1, :rows) g;
insert into audit_entry (id, occurred_at, actor_user_id, actor_username, actor_organisation_id, action, outcome,
                         subject_type, subject_id, purpose, details)
select id, now(), null, 'bench', null, 'READ', 'ALLOWED', 'client', gen_random_uuid()::text, 'benchmark',
       'category=BASIC_AND_CUSTODY; ground=CLIENT_COORDINATOR'
from bench_audit;
insert into audit_seal (sequence, entry_id, previous_hash, entry_hash)
select sequence, id, md5(g::text) || md5((g + 1)::text), md5((g + 2)::text) || md5((g + 3)::text) from bench_audit;
update audit_chain_head set last_sequence = (select max(sequence) from audit_seal),
       last_hash = (select entry_hash from audit_seal order by sequence desc limit 1);
analyze audit_entry;
analyze audit_seal;
