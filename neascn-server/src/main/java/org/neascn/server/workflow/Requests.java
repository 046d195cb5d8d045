package org.neascn.server.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Milestone;
import org.neascn.model.meeting.ActionItem;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;

/** The small request bodies of workflow operations. */
public final class Requests {

    private Requests() {
    }

    /** The secretariat's comments when returning a plan for revision. */
    public record Comments(LocalizedText comments) {
    }

    /** A member's editor starts the next version of a published plan under a new id. */
    public record NextVersion(String id) {
    }

    /** A measurement of an indicator on a date, with an optional note. */
    public record MeasurementEntry(BigDecimal value, LocalDate date, String note) {
    }

    /**
     * An approval's optional remark, kept in the measurement's stamped review. Approvals were sent
     * without a body before they could carry one, so an empty body is an approval without remark.
     */
    @org.neascn.server.api.OptionalBody
    public record MeasurementApproval(String comment) {
    }

    /** Why the secretariat returns a measurement. */
    public record MeasurementReturn(String reason) {
    }

    /** Why an initiative is suspended or cancelled. */
    public record Reason(LocalizedText reason) {
    }

    /** The open state a suspended initiative resumes into. */
    public record Resume(InitiativeStatus to) {
    }

    /** A member that joins, leaves or takes over the lead. */
    public record MemberRef(String member) {
    }

    /** How a milestone turned out. */
    public record Settle(Milestone.Status outcome) {
    }

    /** The next status of an action item. */
    public record ActionStatus(ActionItem.Status status) {
    }
}
