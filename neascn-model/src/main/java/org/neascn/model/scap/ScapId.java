package org.neascn.model.scap;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies one version of a member's smart city action plan. */
@JsonbTypeAdapter(ScapId.Json.class)
public record ScapId(String value) {

    public ScapId {
        Identifier.check(value, "scapId");
    }

    public static ScapId of(String value) {
        return new ScapId(value);
    }

    public static ScapId generate() {
        return new ScapId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<ScapId> {
        public Json() {
            super(ScapId::new, ScapId::value);
        }
    }
}
