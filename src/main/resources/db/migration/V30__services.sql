-- The services organisations offer (aligned with Open Referral HSDS 3.1): what a referral will point at.
-- Directory data, not client data. Waiting time is not stored: it will be computed from referrals.
create table service (
    id                      uuid          primary key,
    version                 bigint        not null,
    organisation_id         uuid          not null references organisation (id),
    name                    varchar(200)  not null,
    description             varchar(4000),
    status                  varchar(30)   not null,
    eligibility_description varchar(2000),
    how_to_refer            varchar(2000),
    required_documents      varchar(2000),
    accredited              boolean       not null,
    capacity_available      integer,
    capacity_maximum        integer,
    capacity_unit           varchar(60),
    capacity_updated        timestamp with time zone,
    updated_at              timestamp with time zone not null
);
create index service_organisation_idx on service (organisation_id);

create table service_need_area (
    service_id uuid        not null references service (id),
    need_area  varchar(40) not null,
    primary key (service_id, need_area)
);
create index service_need_area_idx on service_need_area (need_area);

create table service_municipality (
    service_id        uuid        not null references service (id),
    municipality_code varchar(10) not null references municipality (code),
    primary key (service_id, municipality_code)
);
create index service_municipality_code_idx on service_municipality (municipality_code);

create table service_language (
    service_id    uuid       not null references service (id),
    language_code varchar(3) not null,
    primary key (service_id, language_code)
);
