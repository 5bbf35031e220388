/**
 * The callback URLs that provider accounts print, {@code /callbacks/{provider}/{token}}: no login,
 * the token names the account and its tenant; bodies are checked, stored, then answered.
 */
package io.cascade.web.callback;
