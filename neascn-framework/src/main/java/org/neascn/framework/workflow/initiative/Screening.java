package org.neascn.framework.workflow.initiative;

import java.util.Optional;
import org.neascn.model.shared.Require;

/**
 * The verdict of a sanctions screening: pass, or blocked under a named rule with the reason
 * (for example {@code un-dprk-1718}: "Pyongyang takes part and no exemption of the 1718
 * Committee is recorded").
 *
 * @param rule   the rule that blocked; null when passed
 * @param reason why it blocked; null when passed
 */
public record Screening(boolean passed, String rule, String reason) {

    public Screening {
        if (passed) {
            Require.that(rule == null && reason == null, "rule", "a passed screening names no rule");
        } else {
            rule = Require.text(rule, "rule");
            reason = Require.text(reason, "reason");
        }
    }

    public static Screening pass() {
        return new Screening(true, null, null);
    }

    public static Screening blocked(String rule, String reason) {
        return new Screening(false, rule, reason);
    }

    public Optional<String> blockingRule() {
        return Optional.ofNullable(rule);
    }
}
