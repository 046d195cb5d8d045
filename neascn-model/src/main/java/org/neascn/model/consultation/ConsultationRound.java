package org.neascn.model.consultation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.neascn.model.shared.Require;

/**
 * A call for feedback on one framework version, open from {@code opens} to the deadline.
 * Invariants: the deadline is not before the opening; every comment is anchored to a
 * section key; a closed round has a disposition for every comment.
 */
public record ConsultationRound(
        @NotNull(message = "is required") ConsultationRoundId id,
        @NotNull(message = "is required") FrameworkVersionId version,
        @NotNull(message = "is required") LocalDate opens,
        @NotNull(message = "is required") LocalDate deadline,
        boolean closed,
        List<Feedback> feedback) {

    public ConsultationRound {
        Require.present(id, "id");
        Require.present(version, "version");
        Require.present(opens, "opens");
        Require.present(deadline, "deadline");
        Require.that(!deadline.isBefore(opens), "deadline", "must not be before the round opens (" + opens + ")");
        feedback = Require.list(feedback, "feedback");
        Require.that(!closed || feedback.stream().noneMatch(Feedback::isOpen), "closed",
                "a round cannot close while " + feedback.stream().filter(Feedback::isOpen).count()
                        + " comment(s) have no disposition");
    }
}
