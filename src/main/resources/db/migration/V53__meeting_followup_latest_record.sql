-- The meeting module's view for follow-up (V32), the same columns and rows: a meeting's latest record is now the one
-- no later revision follows (an anti-join) rather than the one whose revision equals a correlated max() — with the
-- correlated subquery the planner evaluated it twice per meeting in every follow-up query (PostgreSQL, 250,000
-- clients: 516,136 times, most of the query's 8.9 s).
drop view followup_meetings;
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
  left join (select x.* from meeting_record x
             where not exists (select 1 from meeting_record y
                               where y.meeting_id = x.meeting_id and y.revision > x.revision)) r
         on r.meeting_id = m.id;
