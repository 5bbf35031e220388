/** Small types every feature shares: the base of business-rule exceptions. No dependencies. */
package io.cascade.shared;
