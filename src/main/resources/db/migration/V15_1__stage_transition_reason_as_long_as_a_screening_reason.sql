-- A screening that moves the client on records its reason as the stage change's reason too: the column takes
-- as much as the screening form allows (1000), as eligibility_screening.reason does.
alter table stage_transition alter column reason set data type varchar(1000);
