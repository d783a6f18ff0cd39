-- The current custody episode's conditional release date, copied onto the case in the same transaction
-- that sets it, so the caseload and the target pool read one indexed table instead of joining episodes.
alter table client add column release_date date;
update client set release_date = (select e.conditional_release_date from custody_episode e
                                  where e.client_id = client.id and e.current);
create index client_pool_idx on client (probation_office_id, stage, release_date);
create index client_release_idx on client (release_date);
