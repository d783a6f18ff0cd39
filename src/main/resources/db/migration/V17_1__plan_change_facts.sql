-- A plan change's parts, each a field with its value (or its value before and after), so that pages can show
-- codes such as areas and statuses as words in the reader's language. Rows written before keep their composed
-- detail, which is read as well as it can be.
alter table plan_change add column facts varchar(32000);
