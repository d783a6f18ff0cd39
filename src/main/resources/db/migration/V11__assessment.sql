-- The shared needs and resources assessment (D5). Saving makes a new version; versions are never changed,
-- so what the group knew at each point stays readable and comparable.
create table assessment (
    id             uuid         primary key,
    client_id      uuid         not null references client (id),
    version_number integer      not null,
    assessed_on    date         not null,
    recorded_by    uuid         not null,
    recorded_at    timestamp with time zone not null,
    constraint assessment_version_once unique (client_id, version_number)
);

-- One row per area per version: the professional rating beside the client's own view in their words.
create table assessment_area (
    assessment_id uuid          not null references assessment (id),
    area          varchar(40)   not null,
    rating        varchar(20)   not null,
    client_view   varchar(2000),
    strengths     varchar(2000),
    notes         varchar(2000),
    primary key (assessment_id, area)
);
