-- The server that runs an import (jboss.node.name). After a restart a server fails its own
-- imports that were still running; those of other servers sharing the database go on.
-- Imports from before this column have none and count as interrupted.
alter table contact_import add column node varchar(255);
