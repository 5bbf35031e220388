/**
 * The provider simulator process: configuration, wiring and the Undertow server. Feature packages
 * hang below it; they use only {@link io.cascade.simulator.Provider}, {@link
 * io.cascade.simulator.SimulatorConfig} and {@link io.cascade.simulator.SimulatorContext} from
 * here.
 */
package io.cascade.simulator;
