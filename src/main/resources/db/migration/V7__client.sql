-- The client case: who the person is, where they are in the programme, their custody and its key dates,
-- and every change to those, kept as history.
create table client (
    id                  uuid         primary key,
    version             bigint       not null,
    full_name           varchar(200) not null,
    id_country          varchar(2)   not null,
    id_kind             varchar(30)  not null,
    id_number           varchar(40)  not null,
    date_of_birth       date         not null,
    gender              varchar(10)  not null,
    preferred_language  varchar(60),
    interpreter_needed  boolean      not null,
    municipality_code   varchar(10)  not null references municipality (code),
    probation_office_id uuid         not null references unit (id),
    coordinator_id      uuid         not null references app_user (id),
    stage               varchar(30)  not null,
    stage_since         date         not null,
    eligibility         varchar(20),
    registered_at       timestamp with time zone not null,
    registered_by       uuid         not null,
    constraint client_identity_unique unique (id_country, id_number)
);
create index client_office_stage_idx on client (probation_office_id, stage);
create index client_coordinator_idx on client (coordinator_id);
create index client_name_idx on client (full_name);

-- A client's time in custody. A return to custody opens a new episode; earlier ones stay.
create table custody_episode (
    id                       uuid        primary key,
    client_id                uuid        not null references client (id),
    episode_number           integer     not null,
    institution_id           uuid        references organisation (id),
    sentence_start           date,
    sentence_length_months   integer,
    conditional_release_date date,
    sentence_expiry          date,
    supervision_end          date,
    expulsion_ordered        boolean     not null,
    main_offence             varchar(30),
    risk_level               varchar(10),
    risk_instrument          varchar(100),
    risk_assessed_on         date,
    current                  boolean     not null,
    constraint custody_episode_number_unique unique (client_id, episode_number)
);
create index custody_episode_current_idx on custody_episode (client_id, current);
create index custody_episode_release_idx on custody_episode (conditional_release_date);

-- Append-only: a key date's old and new value, who changed it, when and why.
create table key_date_change (
    id          uuid         primary key,
    client_id   uuid         not null references client (id),
    episode_id  uuid         not null references custody_episode (id),
    date_field  varchar(40)  not null,
    old_value   date,
    new_value   date,
    reason      varchar(500),
    changed_by  uuid         not null,
    changed_at  timestamp with time zone not null
);
create index key_date_change_client_idx on key_date_change (client_id);

-- Append-only: every move through the programme's stages, dated, with who and why.
create table stage_transition (
    id            uuid         primary key,
    client_id     uuid         not null references client (id),
    from_stage    varchar(30),
    to_stage      varchar(30)  not null,
    effective_on  date         not null,
    reason        varchar(500),
    recorded_by   uuid         not null,
    recorded_at   timestamp with time zone not null
);
create index stage_transition_client_idx on stage_transition (client_id);

-- Append-only: each eligibility screening with its criteria and the coordinator's decision.
create table eligibility_screening (
    id                     uuid         primary key,
    client_id              uuid         not null references client (id),
    release_in_window      varchar(10)  not null,
    release_in_window_note varchar(500),
    risk_medium_or_high    varchar(10)  not null,
    risk_note              varchar(500),
    sentence_long_enough   varchar(10)  not null,
    sentence_note          varchar(500),
    several_agencies       varchar(10)  not null,
    several_agencies_note  varchar(500),
    motivated              varchar(10)  not null,
    motivated_note         varchar(500),
    no_expulsion           varchar(10)  not null,
    no_expulsion_note      varchar(500),
    decision               varchar(20)  not null,
    reason                 varchar(1000) not null,
    screened_by            uuid         not null,
    screened_at            timestamp with time zone not null
);
create index eligibility_screening_client_idx on eligibility_screening (client_id);
