package org.neascn.server.register;

/** A record as the register holds it, with the version a writer must name to change it. */
public record Stored<T>(T record, long version) {
}
