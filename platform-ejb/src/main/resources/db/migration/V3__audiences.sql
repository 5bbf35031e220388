-- Audiences (issue #4): contact lists, contacts, CSV imports with their refused rows, and the
-- suppression list. Every table is tenant-owned (tenant_id = Keycloak organization alias).
-- Ids are UUIDs (no IDENTITY): contacts and import errors arrive by PostgreSQL COPY, in bulk.

create table contact_list (
    id            uuid         primary key,
    tenant_id     varchar(64)  not null,
    name          varchar(200) not null,
    contact_count bigint       not null default 0,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);
create index contact_list_by_tenant on contact_list (tenant_id, created_at);

create table contact (
    id        uuid        primary key default gen_random_uuid(),
    tenant_id varchar(64) not null,
    list_id   uuid        not null references contact_list (id) on delete cascade,
    phone     varchar(16) not null,
    variables jsonb       not null default '{}'::jsonb,
    -- one contact per phone in a list; also the index that pages a list by phone
    constraint contact_phone_in_list unique (list_id, phone)
);

create table contact_import (
    id               uuid         primary key,
    tenant_id        varchar(64)  not null,
    list_id          uuid         not null references contact_list (id) on delete cascade,
    file_name        varchar(255),
    phone_column     varchar(200) not null,
    variable_columns text         not null,
    status           varchar(16)  not null,
    bytes_total      bigint       not null,
    bytes_read       bigint       not null default 0,
    rows_read        bigint       not null default 0,
    rows_imported    bigint       not null default 0,
    duplicates       bigint       not null default 0,
    errors           bigint       not null default 0,
    failure          text,
    started_at       timestamptz  not null,
    finished_at      timestamptz
);
create index contact_import_by_list on contact_import (list_id, started_at);

create table contact_import_error (
    id        uuid         primary key default gen_random_uuid(),
    tenant_id varchar(64)  not null,
    import_id uuid         not null references contact_import (id) on delete cascade,
    line      bigint       not null,
    reason    varchar(500) not null,
    raw       text
);
create index contact_import_error_by_import on contact_import_error (import_id, line);

create table suppressed_phone (
    id         uuid         primary key,
    tenant_id  varchar(64)  not null,
    phone      varchar(16)  not null,
    reason     varchar(200),
    created_at timestamptz  not null,
    constraint suppressed_phone_once unique (tenant_id, phone)
);
