-- The audience a template is previewed with in the editor (its variables and a sample contact).
-- No foreign key: deleting the list must not touch templates; a missing list means "none".
alter table message_template add column sample_audience_id uuid;
