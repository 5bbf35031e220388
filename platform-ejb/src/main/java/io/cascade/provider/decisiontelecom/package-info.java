/**
 * DecisionTelecom Viber + SMS: one JSON request per message, message types 106/108/206/208, SMS
 * fallback for transactional messages, status query and two-way replies. Depends on {@code
 * io.cascade.provider} and the domain.
 */
package io.cascade.provider.decisiontelecom;
