-- Signed webhooks per organisation (issue 12): endpoints, their secrets, and one delivery per endpoint and event.

-- An organisation's receiver. event_types: the notice kinds it wants, comma-separated. disabled_by says who
-- switched it off: the administrator (with their reason) or the receiver itself, which answered 410 Gone.
create table webhook_endpoint (
    id              uuid          primary key,
    organisation_id uuid          not null,
    url             varchar(2000) not null,
    description     varchar(500),
    event_types     varchar(1000) not null,
    enabled         boolean       not null,
    disabled_by     varchar(20),
    disabled_reason varchar(500),
    disabled_at     timestamp with time zone,
    version         bigint        not null,
    created_at      timestamp with time zone not null
);
create index webhook_endpoint_organisation_idx on webhook_endpoint (organisation_id);

-- Signing keys, whsec_ + base64. Kept readable because signing needs them; shown to the administrator once.
-- Rotation adds a key (both sign during the overlap) and then retires the old one; a retired key never signs again.
create table webhook_secret (
    id          uuid         primary key,
    endpoint_id uuid         not null references webhook_endpoint (id),
    secret      varchar(100) not null,
    fingerprint varchar(16)  not null,
    created_at  timestamp with time zone not null,
    retired_at  timestamp with time zone
);
create index webhook_secret_endpoint_idx on webhook_secret (endpoint_id);

-- One delivery per endpoint and event: the unique key makes a redelivered event queue nothing new. id is the
-- webhook-id header, the same on every retry, so a receiver drops a repeat. payload: the thin body, no personal data.
create table webhook_delivery (
    id              varchar(40)   primary key,
    endpoint_id     uuid          not null references webhook_endpoint (id),
    event_id        uuid          not null,
    event_type      varchar(40)   not null,
    payload         varchar(2000) not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    created_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    last_status     integer,
    last_error      varchar(300),
    constraint webhook_delivery_once unique (endpoint_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, created_at);

-- Every attempt, for the endpoint's delivery log: when, the receiver's status code or what went wrong.
create table webhook_attempt (
    delivery_id  varchar(40) not null references webhook_delivery (id),
    attempt      integer     not null,
    attempted_at timestamp with time zone not null,
    status_code  integer,
    error        varchar(300),
    primary key (delivery_id, attempt)
);
