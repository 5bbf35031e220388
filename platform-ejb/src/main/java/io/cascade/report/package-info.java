/**
 * What reports read: the counters of each campaign (per message state, per hop and its status),
 * kept by every statement that moves a message, so no figure counts over the messages tables.
 */
package io.cascade.report;
