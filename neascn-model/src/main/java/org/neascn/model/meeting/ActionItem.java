package org.neascn.model.meeting;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.project.ProjectId;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.Require;

/**
 * A tracked to-do that came out of a meeting: who does what by when, and for which
 * initiative or project.
 *
 * @param owner      the organisation responsible
 * @param due        may be null for no date
 * @param initiative may be null
 * @param project    may be null
 * @param takeaway   the key of the takeaway it implements, or null
 */
public record ActionItem(
        String key,
        @NotNull(message = "is required") LocalizedText description,
        @NotNull(message = "is required") OrganisationRef owner,
        LocalDate due,
        @NotNull(message = "is required") Status status,
        InitiativeId initiative,
        ProjectId project,
        String takeaway) {

    public enum Status { OPEN, IN_PROGRESS, DONE, CANCELLED }

    public ActionItem {
        Identifier.check(key, "key");
        Require.present(description, "description");
        Require.present(owner, "owner");
        Require.present(status, "status");
    }

    /** Open past its due date on the given day. */
    public boolean isOverdueOn(LocalDate day) {
        return due != null && day.isAfter(due) && (status == Status.OPEN || status == Status.IN_PROGRESS);
    }
}
