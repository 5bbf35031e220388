/**
 * The provider accounts the simulator accepts: the configured ones and those registered through the
 * control API. Depends on nothing else in the simulator.
 */
package io.cascade.simulator.account;
