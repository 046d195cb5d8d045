package org.neascn.server.register;

/**
 * A stored record an analysis or export left out, and why: one that breaks a rule today (data from
 * before the rule, a taxonomy that changed since) is named rather than allowed to fail the answer
 * for everyone.
 */
public record Omitted(String id, String reason) {
}
