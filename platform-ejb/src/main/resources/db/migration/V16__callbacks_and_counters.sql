-- Delivery callbacks (io.cascade.callback) and the counters they keep.

-- Every callback as it arrived, stored before it is answered 200 and applied after: append-only
-- but for its apply state. tenant_id and account_id come from the token of the URL.
create table callback_receipt (
    id           bigint       generated always as identity primary key,
    tenant_id    varchar(64)  not null,
    account_id   uuid         not null,
    provider     varchar(32)  not null,
    received_at  timestamptz  not null default now(),
    content_type varchar(200),
    query        text,
    body         text         not null,
    -- NEW, then APPLIED; WAITING while a message it names has not been sent yet (its send's commit
    -- may be on its way); FAILED when it cannot be read (kept, with why, for a person)
    state        varchar(16)  not null default 'NEW',
    attempts     integer      not null default 0,
    next_at      timestamptz  not null default now(),
    problem      text
);
create index callback_receipt_due on callback_receipt (next_at) where state in ('NEW', 'WAITING');
create index callback_receipt_by_tenant on callback_receipt (tenant_id, received_at);

-- Counters of a campaign: per message state (hop 0, channel '') and per hop and its status, kept
-- by every statement that moves a message or a hop, so that no figure counts over the messages.
-- SEEN, CLICKED and REPLIED count messages, once each.
create table campaign_counter (
    tenant_id   varchar(64) not null,
    campaign_id uuid        not null,
    hop         smallint    not null,
    channel     varchar(16) not null,
    name        varchar(16) not null,
    n           bigint      not null,
    primary key (tenant_id, campaign_id, hop, channel, name)
);

insert into campaign_counter (tenant_id, campaign_id, hop, channel, name, n)
select tenant_id, campaign_id, 0, '', state, count(*)
from campaign_message group by tenant_id, campaign_id, state;

insert into campaign_counter (tenant_id, campaign_id, hop, channel, name, n)
select h.tenant_id, m.campaign_id, h.hop, h.channel, h.status, count(*)
from message_hop h
join campaign_message m on m.tenant_id = h.tenant_id and m.id = h.message_id
group by h.tenant_id, m.campaign_id, h.hop, h.channel, h.status;

-- what a callback finds a message by: the provider's id (DecisionTelecom, Messaggio msg_id)
create index campaign_message_by_provider_id on campaign_message (tenant_id, provider_message_id)
    where provider_message_id is not null;

alter table campaign_message add column final_at timestamptz;
alter table campaign_message add column seen_at timestamptz;
alter table campaign_message add column clicks integer not null default 0;
alter table campaign_message add column replied_at timestamptz;

alter table message_hop add column sms_parts integer;
alter table message_hop add column updated_at timestamptz;
alter table campaign add column channels varchar(64);
