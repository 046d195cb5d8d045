package org.neascn.framework.workflow.history;

import java.util.Set;
import org.neascn.framework.workflow.Actor;

/**
 * Who may read an audit entry. A plan's drafts are seen only by its member's editors and the
 * secretariat ({@code ScapWorkflow.canRead}), so the entries written while it was a draft
 * (its creation, its edits with their before and after values, submission, return) are theirs
 * too. Everyone else sees only the moves that made a plan public or superseded it, which is
 * what the public register shows anyway. Entries about other records hold nothing that their
 * registers do not already show.
 */
public final class AuditVisibility {

    private static final Set<String> PUBLIC_PLAN_STATES = Set.of("PUBLISHED", "SUPERSEDED");

    private AuditVisibility() {
    }

    public static boolean mayRead(Actor actor, AuditEntry entry) {
        if (entry.recordType() != RecordType.SCAP || actor.isSecretariat()) {
            return true;
        }
        if (entry.members().stream().anyMatch(actor::editsFor)) {
            return true;
        }
        return entry.to().filter(PUBLIC_PLAN_STATES::contains).isPresent() && entry.changes().isEmpty();
    }
}
