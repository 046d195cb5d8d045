package org.neascn.server.register;

/**
 * Which records of a register a caller may see: all of them (the secretariat), or the public
 * ones plus those its own member or partner keeps.
 */
public record ReadScope(boolean all, String member, String partner) {
}
