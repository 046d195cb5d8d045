package org.neascn.model.consultation;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies one version of the network's framework document. */
@JsonbTypeAdapter(FrameworkVersionId.Json.class)
public record FrameworkVersionId(String value) {

    public FrameworkVersionId {
        Identifier.check(value, "frameworkVersionId");
    }

    public static FrameworkVersionId of(String value) {
        return new FrameworkVersionId(value);
    }

    public static FrameworkVersionId generate() {
        return new FrameworkVersionId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<FrameworkVersionId> {
        public Json() {
            super(FrameworkVersionId::new, FrameworkVersionId::value);
        }
    }
}
