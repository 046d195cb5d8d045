package org.neascn.framework.interchange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import that was refused as a whole: nothing of it may be stored. It carries every
 * problem found, so the person who sent the file can fix them all in one go, and a reason
 * that tells a server which answer to give (too large, unreadable, or wrong content).
 */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused, coarse enough for a server to choose a status code. */
    public enum Reason {
        /** Bigger than the limits allow (bytes, rows, cells, unpacked size). */
        TOO_LARGE,
        /** Not a file of the expected kind, or damaged: not XLSX, malformed JSON, not UTF-8, a DTD. */
        UNREADABLE,
        /** Readable, but its content breaks the domain's rules. */
        INVALID_CONTENT,
        /** Valid, but importing it would overwrite records the policy protects. */
        CONFLICT
    }

    private final Reason reason;
    private final transient List<ImportProblem> problems;

    public ImportRejectedException(Reason reason, List<ImportProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected import names at least one problem");
        }
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public static ImportRejectedException ofFile(Reason reason, String message) {
        return new ImportRejectedException(reason, List.of(ImportProblem.ofFile(message)));
    }

    public Reason reason() {
        return reason;
    }

    /** Every problem found, in the order of the file. */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        String shown = problems.stream().limit(5).map(ImportProblem::toString).collect(Collectors.joining("; "));
        return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ") + shown
                + (problems.size() > 5 ? "; …" : "");
    }
}
