package org.neascn.model.meeting;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies a meeting of the network, such as {@code neascn-prews-2020-12-09}. */
@JsonbTypeAdapter(MeetingId.Json.class)
public record MeetingId(String value) {

    public MeetingId {
        Identifier.check(value, "meetingId");
    }

    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    public static MeetingId generate() {
        return new MeetingId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<MeetingId> {
        public Json() {
            super(MeetingId::new, MeetingId::value);
        }
    }
}
