package org.neascn.model.person;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies a person who speaks for or works with an organisation of the network. */
@JsonbTypeAdapter(PersonId.Json.class)
public record PersonId(String value) {

    public PersonId {
        Identifier.check(value, "personId");
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    public static PersonId generate() {
        return new PersonId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<PersonId> {
        public Json() {
            super(PersonId::new, PersonId::value);
        }
    }
}
