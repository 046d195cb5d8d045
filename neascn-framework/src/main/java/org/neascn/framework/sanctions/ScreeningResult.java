package org.neascn.framework.sanctions;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.neascn.model.shared.Require;

/**
 * The outcome of screening one project or initiative against the network's sanctions regimes.
 *
 * @param subject    what was screened ("project ub-waste-to-energy")
 * @param hits       every regime that applies, through which involvement, with its exemption
 * @param unresolved involvements that could not be screened (a member whose country is not
 *                   known); they hold the subject back from automatic matching until a person
 *                   resolves them, because an unknown country could be a sanctioned one
 * @param notes      observations that change nothing but deserve a look (an exemption that
 *                   names a regime the network does not screen, an expired exemption)
 */
public record ScreeningResult(String subject, Status status, List<RegimeHit> hits, List<String> unresolved,
        List<String> notes) {

    /** Whether the subject may go to financing and matchmaking automatically. */
    public enum Status {
        /** No regime applies. */
        CLEAR,
        /** A regime applies and every hit has a valid recorded exemption. */
        EXEMPTED,
        /** A regime applies and at least one hit has no valid exemption. */
        FLAGGED,
        /** No regime applied, but some involvement could not be screened. */
        UNRESOLVED
    }

    public ScreeningResult {
        subject = Require.text(subject, "subject");
        Require.present(status, "status");
        hits = Require.list(hits, "hits");
        unresolved = Require.list(unresolved, "unresolved");
        notes = Require.list(notes, "notes");
    }

    /** Whether any regime applies, exempted or not. */
    // JSON-B names a record's isX() "isX"; the API documents the property as the schema and web app read it.
    @JsonbProperty("flagged")
    public boolean isFlagged() {
        return !hits.isEmpty();
    }

    /** Whether the subject may be routed to financing or matchmaking without a person's decision. */
    public boolean allowsAutomaticMatching() {
        return status == Status.CLEAR || status == Status.EXEMPTED;
    }

    /** One line for a report: what was decided and the first reason. */
    public String summary() {
        switch (status) {
            case CLEAR:
                return subject + ": no sanctions regime applies";
            case UNRESOLVED:
                return subject + ": not screened completely: " + String.join("; ", unresolved);
            default:
                return subject + ": " + hits.get(0).explanation();
        }
    }
}
