package org.neascn.model.taxonomy;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.StringValueAdapter;

/**
 * An SDG target as the UN numbers it: goal, a dot, and a number for outcome targets or a
 * letter for means of implementation ({@code 11.2}, {@code 11.6}, {@code 11.a}).
 */
@JsonbTypeAdapter(SdgTargetCode.Json.class)
public record SdgTargetCode(String value) implements Comparable<SdgTargetCode> {

    public static final String PATTERN = "^([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])$";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    public SdgTargetCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("sdgTarget",
                    "'" + value + "' is not an SDG target code such as 11.2 or 11.a (goal 1 to 17, a dot, a number or letter)");
        }
    }

    public static SdgTargetCode of(String value) {
        return new SdgTargetCode(value);
    }

    /** The goal this target belongs to: 11 for 11.6. */
    public int goal() {
        Matcher m = SHAPE.matcher(value);
        m.matches();
        return Integer.parseInt(m.group(1));
    }

    @Override
    public int compareTo(SdgTargetCode other) {
        int byGoal = Integer.compare(goal(), other.goal());
        return byGoal != 0 ? byGoal : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare code. */
    public static final class Json extends StringValueAdapter<SdgTargetCode> {
        public Json() {
            super(SdgTargetCode::new, SdgTargetCode::value);
        }
    }
}
