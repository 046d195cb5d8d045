package org.neascn.framework.overlap.theme;

import java.time.Instant;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.shared.Require;

/**
 * The secretariat's decision on a suggested initiative, kept so that the experts' judgement is
 * not asked for twice: an accepted suggestion became the initiative named here and is not
 * suggested again; a dismissed one is not suggested again while its evidence is what it was
 * when it was dismissed.
 *
 * <p>Invariants: the suggestion's identifier and the evidence fingerprint are given; a
 * dismissal says why (at most {@value #MAX_REASON} characters); an acceptance names the initiative.
 *
 * @param evidence   the suggestion's evidence fingerprint when it was decided
 * @param initiative the initiative it became; null for a dismissal
 * @param reason     why it was dismissed; null for an acceptance
 * @param by         the principal who decided
 */
public record SuggestionDecision(String suggestion, String evidence, Kind kind, String reason, InitiativeId initiative,
                                 String by, Instant at) {

    public static final int MAX_REASON = 2000;

    public enum Kind { ACCEPTED, DISMISSED }

    public SuggestionDecision {
        suggestion = Require.text(suggestion, "suggestion");
        evidence = Require.text(evidence, "evidence");
        Require.present(kind, "kind");
        if (kind == Kind.DISMISSED) {
            Require.that(reason != null && !reason.isBlank(), "reason",
                    "is required: say why the suggestion does not fit, so that nobody proposes it again without cause");
            reason = Require.maxLength(reason.strip(), MAX_REASON, "reason");
        } else {
            Require.present(initiative, "initiative");
        }
        by = Require.text(by, "by");
        Require.present(at, "at");
    }

    /** Whether this decision still settles the suggestion as it is now. */
    boolean settles(CooperationSuggestion s) {
        return suggestion.equals(s.id()) && (kind == Kind.ACCEPTED || evidence.equals(s.evidence()));
    }
}
