/** The frame around every screen: language choice, messages, logout and health. */
package io.cascade.web.shell;
