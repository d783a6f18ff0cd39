-- Referrals (D9): from a client's group to a service in the directory, with every change of state kept.
-- The receiving organisation is copied from the service when the referral is sent, so that the access gate and
-- the service's queue ask one indexed column. A referral is never deleted; closed ones keep their outcome.
create table referral (
    id                  uuid          primary key,
    client_id           uuid          not null references client (id),
    service_id          uuid          not null references service (id),
    organisation_id     uuid          not null references organisation (id),
    need_area           varchar(40)   not null,
    reason              varchar(2000) not null,
    urgency             varchar(20)   not null,
    client_wishes       varchar(2000),
    -- The plan measure the referral realises, if any (the plan module's id; no foreign key across modules).
    measure_id          uuid,
    outside_area_reason varchar(1000),
    status              varchar(20)   not null,
    expected_start      date,
    end_note            varchar(2000),
    referred_by         uuid          not null,
    referred_at         timestamp with time zone not null,
    changed_at          timestamp with time zone not null,
    version             bigint        not null
);
create index referral_client_idx on referral (client_id, referred_at);
create index referral_organisation_idx on referral (organisation_id, status);
create index referral_service_idx on referral (service_id, status);

-- What the referral is meant to achieve, and on completion or early end how far each goal was reached.
create table referral_goal (
    referral_id uuid         not null references referral (id),
    position    integer      not null,
    text        varchar(500) not null,
    outcome     varchar(20),
    primary key (referral_id, position)
);

-- Append-only: every change of state with who, on which side, when and why.
create table referral_change (
    id             uuid          primary key,
    referral_id    uuid          not null references referral (id),
    from_status    varchar(20),
    to_status      varchar(20)   not null,
    side           varchar(10)   not null,
    reason         varchar(2000),
    expected_start date,
    changed_by     uuid          not null,
    changed_at     timestamp with time zone not null
);
create index referral_change_referral_idx on referral_change (referral_id, changed_at);
