-- Collaboration meetings (D7): a meeting of a client's group, its invitees and every change to it. Nothing is
-- deleted: a reschedule or a cancellation appends to meeting_change with the time and place before.
create table meeting (
    id                  uuid          primary key,
    client_id           uuid          not null references client (id),
    starts_on           date          not null,
    starts_at           time          not null,
    duration_minutes    integer       not null,
    place_kind          varchar(30)   not null,
    place_id            uuid,
    room                varchar(200),
    video_link          varchar(500),
    agenda              varchar(4000),
    -- The release date known when the meeting was booked or last moved: its phase is decided against it.
    release_on          date,
    client_invited      boolean       not null,
    status              varchar(20)   not null,
    cancel_reason       varchar(1000),
    entered_afterwards  boolean       not null,
    version             bigint        not null,
    created_by          uuid          not null,
    created_at          timestamp with time zone not null
);
create index meeting_client_idx on meeting (client_id, starts_on);

create table meeting_invitee (
    meeting_id      uuid          not null references meeting (id),
    position        integer       not null,
    user_id         uuid          references app_user (id),
    contact_id      uuid          references contact (id),
    person_name     varchar(200)  not null,
    organisation_id uuid          not null references organisation (id),
    outside_group   boolean       not null,
    primary key (meeting_id, position)
);
create index meeting_invitee_user_idx on meeting_invitee (user_id);

create table meeting_change (
    id                   uuid          primary key,
    meeting_id           uuid          not null references meeting (id),
    kind                 varchar(20)   not null,
    old_starts_on        date,
    old_starts_at        time,
    old_duration_minutes integer,
    old_place_kind       varchar(30),
    old_place_id         uuid,
    old_room             varchar(200),
    reason               varchar(1000),
    changed_by           uuid          not null,
    changed_at           timestamp with time zone not null
);
create index meeting_change_meeting_idx on meeting_change (meeting_id, changed_at);
