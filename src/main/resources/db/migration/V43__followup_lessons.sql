-- The office's lessons log (D11): append-only dated entries. A correction is a new entry naming the one it
-- corrects, so what an office agreed at a monthly meeting stays readable as it was written.
create table lesson_entry (
    id                 uuid          primary key,
    office_id          uuid          not null references unit (id),
    kind               varchar(20)   not null,
    entry_on           date          not null,
    meeting_on         date,
    title              varchar(200)  not null,
    body               varchar(4000) not null,
    responsible        varchar(200),
    responsible_from   date,
    tags               varchar(400)  not null,
    corrects_id        uuid          references lesson_entry (id),
    written_by         uuid          not null references app_user (id),
    written_at         timestamp with time zone not null
);
create index lesson_entry_office_idx on lesson_entry (office_id, entry_on);
