/**
 * Messaggio bulk platform: the bulk send endpoint (form POST or GET, repeated phones, MD5
 * signature, XML codes), media upload, and the DLR / seen / reply notifications sent to the
 * account's configured URL. Depends on the simulator's shared packages only.
 */
package io.cascade.simulator.messaggio;
