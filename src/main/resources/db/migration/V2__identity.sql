-- Local accounts. A user works in one organisation (and usually one of its units) in one role.
create table app_user (
    id               uuid         primary key,
    version          bigint       not null,
    username         varchar(60)  not null unique,
    display_name     varchar(200) not null,
    email            varchar(200),
    password_hash    varchar(200) not null,
    role             varchar(30)  not null,
    organisation_id  uuid         references organisation (id),
    unit_id          uuid         references unit (id),
    enabled          boolean      not null,
    failed_logins    integer      not null,
    locked_until     timestamp with time zone
);
