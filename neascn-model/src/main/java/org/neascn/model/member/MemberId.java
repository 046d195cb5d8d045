package org.neascn.model.member;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies a member of a network: a city or other local government, such as {@code shanghai}. */
@JsonbTypeAdapter(MemberId.Json.class)
public record MemberId(String value) {

    public MemberId {
        Identifier.check(value, "memberId");
    }

    public static MemberId of(String value) {
        return new MemberId(value);
    }

    public static MemberId generate() {
        return new MemberId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<MemberId> {
        public Json() {
            super(MemberId::new, MemberId::value);
        }
    }
}
