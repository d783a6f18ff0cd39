-- Custody events (D8): dated changes of a case's custody facts, from a person on a page or from an agency's
-- system through the API, each with who recorded it, from what source and why. Append-only: an event is never
-- changed or deleted, and one that arrives after a newer event of the same kind stays here as history
-- (applied = false) without overriding the newer fact.
create table custody_event (
    id                  uuid         primary key,
    client_id           uuid         not null references client (id),
    episode_id          uuid         references custody_episode (id),
    kind                varchar(30)  not null,
    effective_on        date         not null,
    from_institution_id uuid         references organisation (id),
    to_institution_id   uuid         references organisation (id),
    from_municipality   varchar(10),
    to_municipality     varchar(10),
    early_release_type  varchar(30),
    return_reason       varchar(20),
    reason              varchar(500) not null,
    source              varchar(10)  not null,
    -- The sending organisation and its own id for the event: the same pair twice is one event.
    source_key          varchar(60),
    external_id         varchar(100),
    occurred_at         timestamp with time zone not null,
    applied             boolean      not null,
    recorded_by         uuid         not null,
    recorded_at         timestamp with time zone not null,
    constraint custody_event_external_unique unique (source_key, external_id)
);
create index custody_event_client_idx on custody_event (client_id, kind, occurred_at);

-- The current facts the events set on the episode: an early release and its date, and the actual release.
alter table custody_episode add column early_release_type varchar(30);
alter table custody_episode add column early_release_date date;
alter table custody_episode add column released_on date;
