-- Campaigns (io.cascade.domain.campaign.Campaign) and the high-volume tables of their messages.
-- The message tables have tenant_id leading their keys and no foreign keys on the hot path (each
-- one is checked per row written), so that they can later be partitioned by time and distributed
-- by tenant without a rewrite; what they point at is removed with its campaign explicitly.

create table campaign (
    id                  uuid         primary key,
    tenant_id           varchar(64)  not null,
    name                varchar(200) not null,
    template_id         uuid         not null,
    account_id          uuid         not null,
    state               varchar(32)  not null,
    start_at            timestamptz,
    time_zone           varchar(64)  not null,
    window_start        time,
    window_end          time,
    throttle_per_second integer,
    viber_ttl_seconds   integer,
    sms_ttl_seconds     integer,
    reason              text,
    recipients          bigint,
    suppressed          bigint,
    -- the throttle's next free moment, shared by every node that sends the campaign
    throttle_next_at    timestamptz,
    created_at          timestamptz  not null,
    started_at          timestamptz,
    finished_at         timestamptz,
    version             bigint       not null default 0
);
create index campaign_by_tenant on campaign (tenant_id, created_at);
create index campaign_active on campaign (state) where state = 'RUNNING';

create table campaign_list (
    campaign_id uuid    not null references campaign (id) on delete cascade,
    position    integer not null,
    list_id     uuid    not null,
    primary key (campaign_id, position)
);

-- One row per recipient. Our id (id) is the message id the providers carry (Hyber extra_id,
-- Messaggio p_transaction_id). claim_token and lease_until belong to the node sending it: a result
-- is written only with the token it was claimed with.
create table campaign_message (
    tenant_id           varchar(64)  not null,
    id                  uuid         not null,
    campaign_id         uuid         not null,
    phone               varchar(16)  not null,
    variables           jsonb        not null default '{}'::jsonb,
    -- the recipient's own zone, for the send window (set only when the campaign has one)
    time_zone           varchar(64),
    state               varchar(16)  not null,
    attempts            integer      not null default 0,
    not_before          timestamptz,
    claim_token         uuid,
    claimed_by          varchar(128),
    lease_until         timestamptz,
    provider_message_id varchar(128),
    job_id              varchar(128),
    error_code          varchar(64),
    error_text          text,
    sent_at             timestamptz,
    updated_at          timestamptz  not null,
    primary key (tenant_id, id)
);
create index campaign_message_work on campaign_message (tenant_id, campaign_id, state);
create index campaign_message_lease on campaign_message (lease_until) where state = 'CLAIMED';

-- One row per hop of a message's cascade (channel, provider ids, status): dispatch writes the
-- first, the providers' reports the rest.
create table message_hop (
    tenant_id           varchar(64)  not null,
    message_id          uuid         not null,
    hop                 smallint     not null,
    channel             varchar(16)  not null,
    provider_message_id varchar(128),
    status              varchar(16)  not null,
    error_code          varchar(64),
    error_text          text,
    at                  timestamptz  not null,
    primary key (tenant_id, message_id, hop)
);
