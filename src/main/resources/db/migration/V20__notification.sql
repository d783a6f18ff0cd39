-- Notices (issue 12): what an event told whom, in the app, once.

-- One row per event a notice was made of. event_key is derived from the event itself (its kind, subject and
-- time), so an event delivered again finds its row and is not told twice.
create table notice_event (
    id                    uuid         primary key,
    event_key             varchar(200) not null unique,
    kind                  varchar(40)  not null,
    client_id             uuid         not null references client (id),
    office_id             uuid         not null,
    previous_date         date,
    new_date              date,
    subject_id            uuid,
    needs_acknowledgement boolean      not null,
    created_at            timestamp with time zone not null
);
create index notice_event_client_idx on notice_event (client_id, created_at);
create index notice_event_office_idx on notice_event (office_id, created_at);

-- A notice to one recipient on one channel. What the gate let that recipient read when it was made is kept
-- with it: the client's name (absent for a former coordinator, who no longer reads the case) and free text only
-- for those who manage the case.
-- The unique (event, recipient, channel) is the idempotency key: a redelivered event adds no second notice.
create table notice (
    id              uuid         primary key,
    event_id        uuid         not null references notice_event (id),
    recipient_id    uuid         not null references app_user (id),
    channel         varchar(20)  not null,
    client_name     varchar(200),
    detail          varchar(1000),
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone,
    acknowledged_at timestamp with time zone,
    constraint notice_once unique (event_id, recipient_id, channel)
);
create index notice_inbox_idx on notice (recipient_id, created_at);
create index notice_unread_idx on notice (recipient_id, read_at);

-- For the case's coordinator: per member of the group when the event came, whether they were told and, if
-- not, why (their consent did not cover what the notice says; a directory contact without an account).
create table notice_outcome (
    event_id        uuid         not null references notice_event (id),
    person_id       uuid         not null,
    person_name     varchar(200) not null,
    organisation_id uuid         not null,
    outcome         varchar(40)  not null,
    primary key (event_id, person_id)
);

-- The client's own notice, in plain words in their language, kept; the coordinator tells the client and marks it.
create table client_notice (
    event_id   uuid          primary key references notice_event (id),
    client_id  uuid          not null references client (id),
    language   varchar(5)    not null,
    text       varchar(1000) not null,
    created_at timestamp with time zone not null,
    told_at    timestamp with time zone,
    told_by    uuid
);
create index client_notice_client_idx on client_notice (client_id, told_at);
