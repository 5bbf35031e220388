-- One row per tenant (Keycloak organization alias in tenant_id).
create table tenant_profile (
    id           uuid         primary key,
    tenant_id    varchar(64)  not null unique,
    display_name varchar(200) not null,
    time_zone    varchar(64)  not null,
    phone_region char(2)      not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0
);
