-- An import that cannot read its file past a line (so many lines in a row are not text in the
-- file's encoding that the rest is not either) keeps the good rows before it and ends PARTIAL,
-- never COMPLETED: it says from which line and how many lines it did not read. Both are written
-- with the contacts, so that a restart between that commit and the status update settles the
-- import as PARTIAL (ContactImport.interrupted).
alter table contact_import add column rows_not_read bigint not null default 0;
alter table contact_import add column unread_from_line bigint;
