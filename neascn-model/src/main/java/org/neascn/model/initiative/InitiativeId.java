package org.neascn.model.initiative;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies a cooperation initiative between members. */
@JsonbTypeAdapter(InitiativeId.Json.class)
public record InitiativeId(String value) {

    public InitiativeId {
        Identifier.check(value, "initiativeId");
    }

    public static InitiativeId of(String value) {
        return new InitiativeId(value);
    }

    public static InitiativeId generate() {
        return new InitiativeId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<InitiativeId> {
        public Json() {
            super(InitiativeId::new, InitiativeId::value);
        }
    }
}
