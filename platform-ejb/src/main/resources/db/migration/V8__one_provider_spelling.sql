-- Templates spelled DecisionTelecom DECISION_TELECOM, accounts DECISIONTELECOM: one enum
-- (io.cascade.domain.provider.ProviderKind) now names the providers everywhere.
update message_template set provider = 'DECISIONTELECOM' where provider = 'DECISION_TELECOM';
