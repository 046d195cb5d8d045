package org.neascn.framework.input;

/**
 * Builds the paths that errors name, in the notation the domain's own errors use: fields joined by
 * dots, list positions and map keys in brackets ({@code targets[2].indicators[0].unit},
 * {@code name.texts[ko]}). The body itself is {@value #ROOT}.
 */
final class JsonPath {

    static final String ROOT = "body";

    private JsonPath() {
    }

    static String field(String path, String name) {
        return ROOT.equals(path) ? name : path + "." + name;
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    static String key(String path, String key) {
        return path + "[" + key + "]";
    }

    /** A path a domain error gives relative to the record at {@code path}. */
    static String within(String path, String relative) {
        if (relative == null || relative.isEmpty()) {
            return path;
        }
        if (ROOT.equals(path)) {
            return relative;
        }
        return relative.startsWith("[") ? path + relative : path + "." + relative;
    }
}
