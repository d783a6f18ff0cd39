-- Append-only audit log. Each entry stores the SHA-256 of its content and of the previous entry, so a
-- changed, removed or reordered row is detectable. In production, grant the application role INSERT and
-- SELECT only on audit_entry.
create table audit_entry (
    sequence              bigint        primary key,
    occurred_at           timestamp with time zone not null,
    actor_user_id         uuid,
    actor_username        varchar(100),
    actor_organisation_id uuid,
    action                varchar(60)   not null,
    outcome               varchar(20)   not null,
    subject_type          varchar(40),
    subject_id            varchar(100),
    purpose               varchar(200),
    details               varchar(2000),
    previous_hash         char(64)      not null,
    entry_hash            char(64)      not null
);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id);

-- One row: the end of the chain. Writers lock it so that entries are appended one after another.
create table audit_chain_head (
    id            integer  primary key,
    last_sequence bigint   not null,
    last_hash     char(64) not null
);
insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
