-- Reconciliation of messages whose final report never came (io.cascade.callback.Reconciliation):
-- how long after a send the final report may take (the cascade's TTLs added, fixed at the start),
-- and when a sent message is next looked at.
alter table campaign add column report_within_seconds integer;
alter table campaign_message add column reconcile_at timestamptz;
create index campaign_message_sent on campaign_message (sent_at) where state = 'SENT';
