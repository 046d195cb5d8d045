package org.neascn.model.consultation;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies one comment made in a consultation round. */
@JsonbTypeAdapter(FeedbackId.Json.class)
public record FeedbackId(String value) {

    public FeedbackId {
        Identifier.check(value, "feedbackId");
    }

    public static FeedbackId of(String value) {
        return new FeedbackId(value);
    }

    public static FeedbackId generate() {
        return new FeedbackId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<FeedbackId> {
        public Json() {
            super(FeedbackId::new, FeedbackId::value);
        }
    }
}
