package org.neascn.framework.workflow.meeting;

import java.time.LocalDate;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.project.ProjectId;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.Require;

/**
 * What the secretariat writes down when an outcome becomes a to-do: who does what, by when,
 * for which initiative or project. It becomes an open action item of the meeting.
 *
 * @param due        may be null for no date
 * @param initiative may be null
 * @param project    may be null
 */
public record ActionDraft(
        String key,
        LocalizedText description,
        OrganisationRef owner,
        LocalDate due,
        InitiativeId initiative,
        ProjectId project) {

    public ActionDraft {
        Identifier.check(key, "key");
        Require.present(description, "description");
        Require.present(owner, "owner");
    }
}
