package org.neascn.server.overlap;

import org.neascn.model.shared.LocalizedText;

/** The bodies of the secretariat's decisions on a suggested initiative. */
public final class SuggestionRequests {

    private SuggestionRequests() {
    }

    /**
     * @param id    the new initiative's identifier; absent: {@code initiative-} and the suggestion's
     * @param lead  the member to lead it; absent: the suggestion's proposed lead
     * @param title the initiative's title; absent: the suggestion's label
     */
    public record Acceptance(String id, String lead, LocalizedText title) {
    }

    /** @param reason why the suggestion does not fit, kept with the decision and on the audit trail */
    public record Dismissal(String reason) {
    }
}
