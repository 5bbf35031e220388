-- Callback tokens are no longer stored in clear: a read of the database must not be enough to
-- forge callbacks. The lookup goes by a keyed hash (HMAC under the platform's secret key); the
-- token itself is kept encrypted like the secrets, to show the callback URL again. The clear
-- tokens of existing accounts are converted at start-up (CallbackTokenUpgrade: SQL has no key),
-- then the clear column is emptied.
alter table provider_account alter column callback_token drop not null;
alter table provider_account add column callback_token_hash varchar(64);
alter table provider_account add column callback_token_ciphertext bytea;
alter table provider_account add column callback_token_key_id varchar(32);
create unique index provider_account_callback_token_hash on provider_account (callback_token_hash);
