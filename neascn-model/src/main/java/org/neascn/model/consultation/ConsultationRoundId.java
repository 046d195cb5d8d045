package org.neascn.model.consultation;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies a consultation round on a framework version. */
@JsonbTypeAdapter(ConsultationRoundId.Json.class)
public record ConsultationRoundId(String value) {

    public ConsultationRoundId {
        Identifier.check(value, "consultationRoundId");
    }

    public static ConsultationRoundId of(String value) {
        return new ConsultationRoundId(value);
    }

    public static ConsultationRoundId generate() {
        return new ConsultationRoundId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<ConsultationRoundId> {
        public Json() {
            super(ConsultationRoundId::new, ConsultationRoundId::value);
        }
    }
}
