-- Spring Modulith's event publication registry: the transactional outbox. An event is stored in the same
-- transaction as the change that caused it and completed (then archived) when its listener has run.
create table event_publication (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar      not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_listener_idx on event_publication (listener_id);
create index event_publication_completion_idx on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar      not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_archive_completion_idx on event_publication_archive (completion_date);
