-- A refused row's reason as its message key and values (JSON), so that it reads in the viewer's
-- language; reason keeps the English text for REST and SQL. Rows refused before have none and
-- show their English reason.
alter table contact_import_error add column reason_text text;
