-- The end date a consent's coming expiry was announced for (issue 12): announced once per end date, on any node.
alter table consent add column expiry_announced_for date;
