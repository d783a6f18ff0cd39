-- E-mail about notices (issue 12): each user's choice, and an outbox the sender works through.

-- When the change a notice tells of was made (its event's own time), which orders a chain of changes whatever
-- order their events were delivered in. Earlier rows: when they were told.
alter table notice_event add column occurred_at timestamp with time zone;
update notice_event set occurred_at = created_at;
alter table notice_event alter column occurred_at set not null;

-- How a user wants to hear of new notices by e-mail: IMMEDIATE (one e-mail per notice), DIGEST (one a day) or
-- NONE, and in which language. No row: immediate, in the deployment's default language.
create table notice_mail_choice (
    user_id    uuid        primary key references app_user (id),
    choice     varchar(20) not null,
    language   varchar(5)  not null,
    version    bigint      not null,
    updated_at timestamp with time zone not null
);

-- One row per e-mail to send. mail_key is the idempotency key: "notice:<event>:<recipient>" for an immediate
-- e-mail, "digest:<recipient>:<day>" for a day's digest; a redelivered event or a second notice of the day adds
-- no second row. The row holds no address and no content: both are found when it is sent, and the content names
-- no client. next_attempt_at is when it may be claimed: its due time, a claim's lease, or a retry after a failure.
create table notice_mail (
    id              uuid         primary key,
    mail_key        varchar(120) not null unique,
    recipient_id    uuid         not null references app_user (id),
    event_id        uuid         references notice_event (id),
    digest_day      date,
    due_at          timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer      not null,
    sent_at         timestamp with time zone,
    dropped_at      timestamp with time zone,
    outcome         varchar(200)
);
create index notice_mail_due_idx on notice_mail (next_attempt_at);
