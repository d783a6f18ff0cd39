-- The reintegration group (D4): who works with a client, for which organisation, in which role, from when
-- to when. A membership is never deleted: it ends, with who ended it and why, so handovers stay visible.
create table group_member (
    id              uuid         primary key,
    client_id       uuid         not null references client (id),
    user_id         uuid         references app_user (id),
    contact_id      uuid         references contact (id),
    person_name     varchar(200) not null,
    organisation_id uuid         not null references organisation (id),
    group_role      varchar(30)  not null,
    from_date       date         not null,
    to_date         date,
    added_by        uuid         not null,
    added_at        timestamp with time zone not null,
    add_reason      varchar(500),
    ended_by        uuid,
    ended_at        timestamp with time zone,
    end_reason      varchar(500),
    constraint group_member_person check (user_id is not null or contact_id is not null)
);
create index group_member_client_idx on group_member (client_id);
create index group_member_user_idx on group_member (user_id);

-- Append-only: every handover of a client's coordinator role, with who, when and why.
create table coordinator_change (
    id               uuid         primary key,
    client_id        uuid         not null references client (id),
    from_coordinator uuid         not null,
    to_coordinator   uuid         not null,
    effective_on     date         not null,
    reason           varchar(500) not null,
    recorded_by      uuid         not null,
    recorded_at      timestamp with time zone not null
);
create index coordinator_change_client_idx on coordinator_change (client_id);
