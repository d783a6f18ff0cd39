-- Spreads the follow-up benchmark's generated coordinators, and their clients with them, over 34 probation offices —
-- about as many as the Swedish Prison and Probation Service has — so that an office's figures are an office's size
-- (about 7,000 clients) rather than a third of the country. The demo's three offices keep their names and demo
-- accounts (the manager's is Frivårdskontoret Umeå); 31 more are added beside them. PostgreSQL only; deterministic.
create temporary table bench_office as
select gen_random_uuid() as id, n from generate_series(1, 31) n;

insert into unit (id, version, organisation_id, name, municipality_code)
select b.id, 0, u.organisation_id, 'Frivårdskontoret ' || lpad(b.n::text, 2, '0'), u.municipality_code
from bench_office b
cross join (select organisation_id, municipality_code from unit where name = 'Frivårdskontoret Umeå') u;

create temporary table bench_slot as
select id, row_number() over (order by name) - 1 as slot
from unit
where name in ('Frivårdskontoret Umeå', 'Frivårdskontoret Norrköping', 'Frivårdskontoret Göteborg')
   or id in (select id from bench_office);

update app_user a set unit_id = s.id
from bench_slot s
where a.username ~ '^bench-[0-9]+$' and s.slot = substring(a.username from 7)::int % 34;

update client c set probation_office_id = a.unit_id
from app_user a
where a.id = c.coordinator_id and a.username ~ '^bench-[0-9]+$' and c.probation_office_id <> a.unit_id;

select u.name as office, count(c.id) as clients
from unit u join client c on c.probation_office_id = u.id
group by u.name order by u.name;
