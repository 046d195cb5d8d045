package org.neascn.server.api;

import org.neascn.server.register.StaleVersionException;
import org.neascn.server.register.VersionRequiredException;

/**
 * Record versions as HTTP entity tags: version 3 travels as {@code ETag: "3"}, and a change
 * names the version it was based on in {@code If-Match: "3"}.
 */
public final class Versions {

    private Versions() {
    }

    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; required on every change. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequiredException("Send If-Match with the ETag you read, so that no one else's change is lost");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("[0-9]{1,18}")) {
            throw new StaleVersionException("If-Match " + ifMatch + " names no version of this record");
        }
        return Long.parseLong(tag);
    }
}
