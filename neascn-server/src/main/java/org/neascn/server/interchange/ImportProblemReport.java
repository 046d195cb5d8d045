package org.neascn.server.interchange;

import java.util.List;
import org.neascn.framework.interchange.ImportProblem;

/**
 * A refused import as {@code application/problem+json}: the RFC 9457 members and every problem
 * of the file where a person finds it (sheet, row, column) with its message.
 */
public record ImportProblemReport(String type, String title, int status, String detail, List<ImportProblem> problems) {
}
