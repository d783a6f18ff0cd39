-- Accounts the administrator manages (issue 10, items 13-14).

-- A new account has no password until its person sets one through a one-time link.
alter table app_user alter column password_hash drop not null;

-- Failed logins are counted per account AND source address (login_failure), so a stranger who
-- guesses wrong locks out only their own address, never the account's owner elsewhere.
alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;

-- Failed attempts in a row for one username from one address. The row is claimed (incremented) before the
-- password is checked, so parallel guesses cannot check more passwords than the limit; a success deletes it.
create table login_failure (
    username      varchar(100) not null,
    source        varchar(64)  not null,
    failures      integer      not null,
    locked_until  timestamp with time zone,
    last_attempt  timestamp with time zone not null,
    primary key (username, source)
);
create index login_failure_last_attempt on login_failure (last_attempt);

-- One-time links to set a password: only the SHA-256 of the random token is stored.
create table password_link (
    token_hash  varchar(64)  primary key,
    user_id     uuid         not null references app_user (id),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index password_link_user on password_link (user_id);
