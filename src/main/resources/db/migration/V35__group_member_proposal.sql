-- A person proposed for a client's group (a referral's receiving worker, once accepted); the coordinator
-- confirms, and only then do they join group_member. Kept after the decision, with who decided and when.
create table group_member_proposal (
    id              uuid          primary key,
    client_id       uuid          not null references client (id),
    user_id         uuid          not null references app_user (id),
    organisation_id uuid          not null references organisation (id),
    group_role      varchar(30)   not null,
    -- Where the proposal comes from, e.g. "referral:<id>"; the group does not interpret it.
    source          varchar(100)  not null,
    proposed_by     uuid          not null,
    proposed_at     timestamp with time zone not null,
    decision        varchar(20),
    member_id       uuid          references group_member (id),
    decided_by      uuid,
    decided_at      timestamp with time zone
);
create index group_member_proposal_client_idx on group_member_proposal (client_id);
