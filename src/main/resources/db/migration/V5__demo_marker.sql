-- Set once when the demo data has been loaded, so a restart never loads it twice.
create table demo_load (
    id        integer primary key,
    loaded_at timestamp with time zone not null
);
