-- Subscribers' replies (io.cascade.domain.reply.Reply), written by the callbacks' applier: one row
-- however often the provider repeats a reply (reply_key, per provider), with the campaign and the
-- message it answers when the provider names one; and each tenant's own opt-out keywords (null:
-- the defaults).
create table message_reply (
    id            uuid         primary key,
    tenant_id     varchar(64)  not null,
    provider      varchar(32)  not null,
    reply_key     varchar(200) not null,
    account_id    uuid         not null,
    at            timestamptz  not null,
    received_at   timestamptz  not null default now(),
    campaign_id   uuid,
    campaign_name varchar(200),
    message_id    uuid,
    phone         varchar(16),
    channel       varchar(16),
    text          text         not null,
    media_url     text,
    location      varchar(64),
    opt_out       boolean      not null default false
);
create unique index message_reply_once on message_reply (tenant_id, provider, reply_key);
create index message_reply_by_time on message_reply (tenant_id, at desc);
create index message_reply_by_campaign on message_reply (tenant_id, campaign_id, at desc);

alter table tenant_profile add column opt_out_keywords text;
