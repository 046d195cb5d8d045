package org.neascn.model.reference;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The JSON-B configuration that reads and writes the domain: unknown properties are an
 * error (a misspelt field must not vanish silently), nulls are left out.
 */
public final class NeascnJson {

    /** Yasson's switch for failing on unknown properties; other implementations ignore it. */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private NeascnJson() {
    }

    public static JsonbConfig config() {
        return new JsonbConfig()
                .withNullValues(false)
                .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    public static Jsonb create() {
        return JsonbBuilder.create(config());
    }
}
