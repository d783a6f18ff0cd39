-- The individual plan (D6): goals per need area, and measures that each have an owning organisation and a
-- responsible person from the group. Every change is appended to plan_change with who and when.
create table plan_goal (
    id          uuid          primary key,
    client_id   uuid          not null references client (id),
    area        varchar(40)   not null,
    description varchar(1000) not null,
    version     bigint        not null,
    created_by  uuid          not null,
    created_at  timestamp with time zone not null
);
create index plan_goal_client_idx on plan_goal (client_id);

create table plan_measure (
    id                    uuid          primary key,
    client_id             uuid          not null references client (id),
    area                  varchar(40)   not null,
    description           varchar(1000) not null,
    measure_type          varchar(40)   not null,
    owner_organisation_id uuid          not null references organisation (id),
    responsible_user_id   uuid          references app_user (id),
    responsible_contact_id uuid         references contact (id),
    responsible_name      varchar(200)  not null,
    phase                 varchar(20)   not null,
    start_on              date,
    due_on                date,
    status                varchar(20)   not null,
    decline_reason        varchar(1000),
    answered_by           uuid,
    answered_at           timestamp with time zone,
    version               bigint        not null,
    created_by            uuid          not null,
    created_at            timestamp with time zone not null
);
create index plan_measure_client_idx on plan_measure (client_id);
create index plan_measure_owner_idx on plan_measure (owner_organisation_id);

-- Dated follow-up notes on a measure, by its owner or the coordinator.
create table plan_measure_note (
    id         uuid          primary key,
    measure_id uuid          not null references plan_measure (id),
    written_on date          not null,
    note       varchar(2000) not null,
    written_by uuid          not null,
    written_at timestamp with time zone not null
);
create index plan_measure_note_measure_idx on plan_measure_note (measure_id);

-- What is arranged for the day of release, one row per item, each with an owning organisation.
create table release_day_item (
    client_id             uuid          not null references client (id),
    item                  varchar(40)   not null,
    arrangement           varchar(1000),
    owner_organisation_id uuid          references organisation (id),
    responsible_name      varchar(200),
    version               bigint        not null,
    updated_by            uuid          not null,
    updated_at            timestamp with time zone not null,
    primary key (client_id, item)
);

-- Append-only history of the plan: what changed (a goal, a measure, a release-day item), who, when.
create table plan_change (
    id         uuid          primary key,
    client_id  uuid          not null references client (id),
    subject_id uuid,
    item       varchar(40),
    kind       varchar(40)   not null,
    detail     varchar(2000),
    changed_by uuid          not null,
    changed_at timestamp with time zone not null
);
create index plan_change_client_idx on plan_change (client_id);
create index plan_change_subject_idx on plan_change (subject_id);
