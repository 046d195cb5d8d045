package org.neascn.framework.workflow;

import java.util.List;
import java.util.Objects;
import org.neascn.framework.workflow.history.AuditEntry;

/**
 * What a successful operation produced: the new version of the record, and the audit entries
 * that say who changed what. The caller stores both in one transaction.
 */
public record Outcome<T>(T record, List<AuditEntry> audit) {

    public Outcome {
        Objects.requireNonNull(record, "record");
        audit = List.copyOf(audit);
    }

    public static <T> Outcome<T> of(T record, AuditEntry entry) {
        return new Outcome<>(record, List.of(entry));
    }
}
