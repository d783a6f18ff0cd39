-- Meeting invitations in people's calendars (issue 13, item 3).

-- An e-mail may carry a meeting's iCalendar invitation: the meeting and the SEQUENCE it was queued for. Like every
-- row of the outbox it holds no content: the invitation is written when it is sent, from the meeting as it is then,
-- and a row whose sequence a later change has passed is dropped (the later invitation is on its way).
alter table notice_mail add column meeting_id uuid references meeting (id);
alter table notice_mail add column calendar_sequence integer;

-- Each user's calendar subscription: only a SHA-256 hash of its secret token is kept, so the table does not open
-- anyone's feed. Revoking deletes the row; a new token replaces it. language: of the feed's titles.
create table meeting_calendar_feed (
    user_id    uuid         primary key references app_user (id),
    token_hash varchar(64)  not null unique,
    language   varchar(5)   not null,
    created_at timestamp with time zone not null
);
