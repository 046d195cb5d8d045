package org.neascn.model.initiative;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** A dated step of an initiative. */
public record Milestone(@NotNull(message = "is required") LocalizedText title, @NotNull(message = "is required") LocalDate due, @NotNull(message = "is required") Status status) {

    public enum Status { PLANNED, REACHED, MISSED, DROPPED }

    public Milestone {
        Require.present(title, "title");
        Require.present(due, "due");
        Require.present(status, "status");
    }
}
