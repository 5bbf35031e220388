/**
 * The replies inbox: subscribers' replies of the current tenant, filtered and a page at a time, as
 * CSV; and the tenant's opt-out keywords. The callbacks' applier writes the replies.
 */
package io.cascade.reply;
