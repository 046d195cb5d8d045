package org.neascn.model.scap;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.neascn.model.shared.Require;

/**
 * The secretariat's review of a measurement, stamped: who decided, when, and what they said
 * (a returned measurement always says why; an approval may add a remark).
 *
 * @param comment may be null for an approval
 */
public record Review(@NotNull(message = "is required") String reviewer, @NotNull(message = "is required") Instant at,
        String comment) {

    public Review {
        reviewer = Require.text(reviewer, "reviewer");
        Require.present(at, "at");
        comment = Require.optionalText(comment);
    }
}
