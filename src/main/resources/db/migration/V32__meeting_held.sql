-- Holding a meeting (D7, issue 13 item 5): what happened is a record with a revision number. A correction appends a
-- new revision with its reason; the earlier ones stay, so a held meeting is never overwritten.
create table meeting_record (
    id               uuid          primary key,
    meeting_id       uuid          not null references meeting (id),
    revision         integer       not null,
    client_attended  boolean       not null,
    minutes          varchar(8000),
    correction       varchar(1000),
    recorded_by      uuid          not null,
    recorded_at      timestamp with time zone not null,
    constraint meeting_record_revision_unique unique (meeting_id, revision)
);

-- Attendance per invitee of one revision, by the invitee's position on the meeting.
create table meeting_attendance (
    record_id       uuid          not null references meeting_record (id),
    position        integer       not null,
    attendance      varchar(20)   not null,
    absence_reason  varchar(20),
    primary key (record_id, position)
);

-- What the meeting decided, in order; a decision that created or changed a plan measure names it.
create table meeting_decision (
    id           uuid          primary key,
    meeting_id   uuid          not null references meeting (id),
    position     integer       not null,
    text         varchar(2000) not null,
    measure_id   uuid,
    measure_new  boolean       not null,
    decided_by   uuid          not null,
    decided_at   timestamp with time zone not null,
    constraint meeting_decision_position_unique unique (meeting_id, position)
);

-- Published for the follow-up module: one line per meeting, no free text and no names. The client's office is the
-- probation office the case belongs to now; held figures come from the latest revision of the meeting's record.
create view followup_meetings as
select m.id                      as meeting_id,
       m.client_id               as client_id,
       c.probation_office_id     as office_id,
       u.organisation_id         as organisation_id,
       m.starts_on               as meeting_on,
       case when m.release_on is null or m.starts_on < m.release_on then 'IN_CUSTODY' else 'AFTER_RELEASE' end
                                 as phase,
       m.release_on              as release_on,
       m.status                  as status,
       case when m.status = 'HELD' then true else false end as held,
       r.client_attended         as client_attended,
       (select count(distinct i.organisation_id)
          from meeting_attendance a
          join meeting_invitee i on i.meeting_id = m.id and i.position = a.position
         where a.record_id = r.id and a.attendance in ('ATTENDED', 'LATE')) as agencies_present,
       m.entered_afterwards      as entered_afterwards
  from meeting m
  join client c on c.id = m.client_id
  join unit u on u.id = c.probation_office_id
  left join meeting_record r on r.meeting_id = m.id
       and r.revision = (select max(r2.revision) from meeting_record r2 where r2.meeting_id = m.id);
