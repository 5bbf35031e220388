-- Images tenants upload for their messages (io.cascade.media.MediaImage), served at
-- {PLATFORM_PUBLIC_URL}/media/{tenant_id}/{id}/{file_name}. The bytes live in the database: images
-- are at most 20 MB, few per template, and need no second store to back up or scale out.
create table media_image (
    id           uuid         primary key,
    tenant_id    varchar(64)  not null,
    file_name    varchar(100) not null,
    content_type varchar(32)  not null,
    size_bytes   integer      not null,
    content      bytea        not null,
    created_at   timestamptz  not null
);
create index media_image_tenant on media_image (tenant_id, id);

-- The id a provider account gave an image (Messaggio's image_id belongs to the login that
-- uploaded it): one per image and account.
create table media_provider_id (
    id                uuid        primary key,
    tenant_id         varchar(64) not null,
    media_image_id    uuid        not null references media_image (id) on delete cascade,
    account_id        uuid        not null references provider_account (id) on delete cascade,
    provider_media_id varchar(64) not null,
    uploaded_at       timestamptz not null,
    unique (media_image_id, account_id)
);
create index media_provider_id_tenant on media_provider_id (tenant_id, account_id);
