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

    /** Why the secretariat returns a measurement. */
    /**
     * An approval's optional remark, kept in the measurement's stamped review. Approvals were sent
     * without a body before they could carry one, so an empty body is an approval without remark.
     */
    public record MeasurementApproval(String comment) {

        /** The remark of a body {@code {"comment": "…"}}, or null for an empty body or none given. */
        public static String comment(String body) {
            if (body == null || body.isBlank()) {
                return null;
            }
            jakarta.json.JsonValue value;
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                value = reader.readValue();
            } catch (jakarta.json.JsonException e) {
                throw new org.neascn.server.api.problem.UnreadableBodyException("the body is not JSON: " + e.getMessage(), true);
            }
            if (!(value instanceof jakarta.json.JsonObject object) || !object.keySet().stream().allMatch("comment"::equals)) {
                throw new InvalidValueException("body", "an approval takes only {\"comment\": \"…\"} or no body");
            }
            jakarta.json.JsonValue comment = object.get("comment");
            if (comment == null || comment.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(comment instanceof jakarta.json.JsonString text)) {
                throw new InvalidValueException("comment", "must be text");
            }
            return text.getString();
        }
    }

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
