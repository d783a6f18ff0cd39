-- The directory of collaborating agencies: who they are, which municipalities they serve, their offices
-- and the named people to contact ("their name in a book").
create table municipality (
    code        varchar(10)  primary key,
    name        varchar(100) not null,
    country     varchar(2)   not null
);

create table organisation (
    id          uuid         primary key,
    version     bigint       not null,
    name        varchar(200) not null,
    agency_type varchar(40)  not null,
    description varchar(2000),
    website     varchar(300),
    phone       varchar(40),
    email       varchar(200)
);
create index organisation_type_idx on organisation (agency_type);

create table organisation_municipality (
    organisation_id   uuid        not null references organisation (id),
    municipality_code varchar(10) not null references municipality (code),
    primary key (organisation_id, municipality_code)
);
create index organisation_municipality_code_idx on organisation_municipality (municipality_code);

create table unit (
    id                uuid         primary key,
    version           bigint       not null,
    organisation_id   uuid         not null references organisation (id),
    name              varchar(200) not null,
    municipality_code varchar(10)  references municipality (code),
    address           varchar(300),
    phone             varchar(40),
    email             varchar(200)
);
create index unit_organisation_idx on unit (organisation_id);

create table contact (
    id              uuid         primary key,
    version         bigint       not null,
    organisation_id uuid         not null references organisation (id),
    unit_id         uuid         references unit (id),
    full_name       varchar(200) not null,
    role_title      varchar(200),
    phone           varchar(40),
    email           varchar(200)
);
create index contact_organisation_idx on contact (organisation_id);
