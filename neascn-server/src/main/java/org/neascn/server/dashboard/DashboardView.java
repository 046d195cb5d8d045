package org.neascn.server.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A network at a glance, as the caller may see it.
 *
 * @param members      members by country and membership status
 * @param plans        action plans by status
 * @param projects     projects by stage and financing status
 * @param focusAreas   per focus-area code, how many plans and projects name it
 * @param missing      records that lack what the network's work needs
 * @param recent       the latest changes on the audit trail to records the caller may read, newest first
 */
public record DashboardView(
        RegisterCounts members,
        RegisterCounts plans,
        RegisterCounts projects,
        Map<String, FocusAreaUse> focusAreas,
        MissingData missing,
        List<Activity> recent) {

    /** A count and its breakdowns: breakdown name (country, status, stage...) to value to count. */
    public record RegisterCounts(long total, Map<String, Map<String, Long>> by) {
    }

    public record FocusAreaUse(long plans, long projects) {
    }

    /**
     * @param membersWithoutPublishedPlan members that have no published plan
     * @param projectsWithoutCost         projects that state no total cost
     * @param projectsWithoutLocation     projects without coordinates, which the map cannot place
     */
    public record MissingData(List<Named> membersWithoutPublishedPlan, List<Named> projectsWithoutCost,
            List<Named> projectsWithoutLocation) {
    }

    /**
     * A record named in the caller's language, or in its original one ({@code displayLanguage}
     * says which); {@code member} is the member it belongs to, if any.
     */
    public record Named(String id, String displayName, String displayLanguage, String member) {
    }

    public record Activity(Instant at, String action, String recordType, String recordId, String summary,
            String fromState, String toState) {
    }
}
