package org.neascn.model.partner;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies a partner organisation of a network, such as {@code adb} or {@code wego}. */
@JsonbTypeAdapter(PartnerId.Json.class)
public record PartnerId(String value) {

    public PartnerId {
        Identifier.check(value, "partnerId");
    }

    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    public static PartnerId generate() {
        return new PartnerId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<PartnerId> {
        public Json() {
            super(PartnerId::new, PartnerId::value);
        }
    }
}
