-- Re-planning after a custody event (issue 12 item 6). The custody events the plan has re-planned for, by the
-- event's key, so that a redelivered event changes nothing twice.
create table plan_replanned_event (
    event_key  varchar(200) primary key,
    client_id  uuid not null references client (id),
    handled_at timestamp with time zone not null
);

-- A release-day arrangement to check: the release date moved (DATE_MOVED, from the date it was made for to the
-- latest), or the client was transferred from an institution the arrangement names (TRANSFERRED). Removed once
-- its owner or the coordinator confirms it; the confirmation is kept in the plan's history.
create table release_day_check (
    client_id            uuid        not null references client (id),
    item                 varchar(40) not null,
    reason               varchar(20) not null,
    old_date             date,
    new_date             date,
    old_institution_id   uuid,
    raised_at            timestamp with time zone not null,
    primary key (client_id, item, reason)
);

-- A measure at release that was due on the release date before it moved: to be moved to the new date or kept.
create table measure_date_check (
    measure_id uuid primary key references plan_measure (id),
    client_id  uuid not null references client (id),
    old_date   date not null,
    new_date   date not null,
    raised_at  timestamp with time zone not null
);
create index measure_date_check_client on measure_date_check (client_id);
