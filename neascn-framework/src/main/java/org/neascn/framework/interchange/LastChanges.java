package org.neascn.framework.interchange;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.project.Project;

/**
 * When the records an export writes last changed, as a server's audit trail knows it: every
 * register write and workflow command leaves an entry, and the latest entry of a record is its
 * last change. A record without an entry (loaded before the trail existed, or written by code
 * that keeps none) has no known last change, and the exports then say nothing rather than give
 * the export's own time, which would claim a change that did not happen.
 *
 * <p>What counts as a change of an exported project is decided here, once, for IATI's {@code
 * last-updated-datetime} and OC4IDS's {@code updated}: the project's own changes and its plan's,
 * because the plan's period dates the project and spreads its budget in both exports. An
 * initiative's are its own (its members, projects and milestones); its projects are activities of
 * their own and carry their own date.
 */
@FunctionalInterface
public interface LastChanges {

    /** Nothing known: the exports write no last-updated date. */
    LastChanges NONE = (type, id) -> Optional.empty();

    /** When the record of this type and id last changed, if the trail knows. */
    Optional<Instant> of(RecordType type, String id);

    /** When what an export says of the project last changed: it or its plan, whichever is later. */
    default Optional<Instant> ofProject(Project project) {
        Optional<Instant> own = of(RecordType.PROJECT, project.id().value());
        Optional<Instant> plan = project.plan() == null ? Optional.empty() : of(RecordType.SCAP, project.plan().value());
        return Stream.of(own, plan).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** When the initiative's own record last changed. */
    default Optional<Instant> ofInitiative(Initiative initiative) {
        return of(RecordType.INITIATIVE, initiative.id().value());
    }
}
