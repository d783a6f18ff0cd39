-- Tags are kept as ",a,b,c," so a tag matches exactly: the stored text is two characters longer than what was
-- typed, and ten tags of the allowed 40 characters (with their commas) take 411. The form allows them, so the
-- column must hold them; 400 made the longest allowed entry fail as a server error.
alter table lesson_entry alter column tags set data type varchar(420);
