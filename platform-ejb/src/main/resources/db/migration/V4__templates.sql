-- Message templates (io.cascade.template.MessageTemplate). Every version is a row; the versions
-- of one template share lineage_id and count up in revision. A locked version (used by a
-- campaign) never changes.
create table message_template (
    id               uuid         primary key,
    tenant_id        varchar(64)  not null,
    lineage_id       uuid         not null,
    revision         integer      not null,
    name             varchar(200) not null,
    provider         varchar(32)  not null,
    sample_variables text,
    locked           boolean      not null default false,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    unique (tenant_id, lineage_id, revision)
);
create index message_template_tenant on message_template (tenant_id, lineage_id);

-- One row per channel of a template, in cascade order (position). Columns, not jsonb: see
-- io.cascade.template.ChannelDraft. Free text is "text": the lint, not the schema, knows each
-- provider's limits.
create table message_template_channel (
    template_id            uuid        not null references message_template (id) on delete cascade,
    position               integer     not null,
    channel                varchar(16) not null,
    ttl_seconds            integer,
    text                   text,
    sender                 text,
    image_url              text,
    button_caption         text,
    button_action          text,
    file_url               text,
    file_name              text,
    video_url              text,
    video_thumbnail_url    text,
    video_size_mb          integer,
    video_duration_seconds integer,
    viber_category         varchar(16),
    title                  text,
    image_name             text,
    document_url           text,
    document_name          text,
    audio_url              text,
    video_name             text,
    latitude               varchar(32),
    longitude              varchar(32),
    primary key (template_id, position)
);
