-- A tenant's accounts at the messaging providers. The secret (Hyber password, Messaggio secret key,
-- DecisionTelecom API key) is stored only AES-GCM encrypted, with the id of the key that made it.
create table provider_account (
    id                uuid          primary key,
    tenant_id         varchar(64)   not null,
    provider          varchar(32)   not null,
    name              varchar(100)  not null,
    enabled           boolean       not null,
    base_url          varchar(500),
    hyber_site        varchar(32),
    hyber_client_id   varchar(64),
    login             varchar(100),
    secret_ciphertext bytea         not null,
    secret_key_id     varchar(32)   not null,
    sender_names      text          not null,
    sms_ttl_seconds   integer       not null,
    viber_ttl_seconds integer       not null,
    callback_token    varchar(64)   not null unique,
    last_check_at     timestamptz,
    last_check_ok     boolean,
    last_check_code   varchar(64),
    last_check_text   varchar(1000),
    created_at        timestamptz   not null,
    version           bigint        not null default 0
);
create index provider_account_tenant on provider_account (tenant_id);
