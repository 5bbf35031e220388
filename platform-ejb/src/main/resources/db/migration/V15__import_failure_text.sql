-- Why an import failed or stopped, as its message key and values (JSON), so that it reads in the
-- viewer's language; failure keeps the English text for REST and SQL. Imports finished before
-- have none and show their English text.
alter table contact_import add column failure_text text;
