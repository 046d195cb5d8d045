package org.neascn.model.network;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies a regional smart-city network, such as {@code neascn}. */
@JsonbTypeAdapter(NetworkId.Json.class)
public record NetworkId(String value) {

    public NetworkId {
        Identifier.check(value, "networkId");
    }

    public static NetworkId of(String value) {
        return new NetworkId(value);
    }

    public static NetworkId generate() {
        return new NetworkId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<NetworkId> {
        public Json() {
            super(NetworkId::new, NetworkId::value);
        }
    }
}
