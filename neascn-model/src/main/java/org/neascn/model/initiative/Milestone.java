package org.neascn.model.initiative;

import java.time.LocalDate;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** A dated step of an initiative. */
public record Milestone(LocalizedText title, LocalDate due, Status status) {

    public enum Status { PLANNED, REACHED, MISSED, DROPPED }

    public Milestone {
        Require.present(title, "title");
        Require.present(due, "due");
        Require.present(status, "status");
    }
}
