-- The backslide-zone radar: each open gap (office, client, kind) with the day it was first seen, so that its age
-- can be shown whatever module raised it; closed_on is set when it is no longer raised. Kept, not deleted.
create table radar_gap (
    id          uuid        primary key,
    office_id   uuid        not null references unit (id),
    client_id   uuid        not null references client (id),
    kind        varchar(40) not null,
    first_seen  date        not null,
    closed_on   date
);
create index radar_gap_open_idx on radar_gap (office_id, closed_on);

-- The count of open gaps of each kind per office, one row per day the daily job ran: the radar's trend.
create table radar_snapshot (
    office_id   uuid        not null references unit (id),
    taken_on    date        not null,
    kind        varchar(40) not null,
    open_gaps   integer     not null,
    constraint radar_snapshot_pk primary key (office_id, taken_on, kind)
);
