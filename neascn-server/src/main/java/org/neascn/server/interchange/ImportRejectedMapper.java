package org.neascn.server.interchange;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.server.api.problem.Problem;

/**
 * A refused import: 413 too large, 400 unreadable, 422 content that breaks the domain's rules,
 * 409 a conflict with what the network holds; every problem listed with sheet, row and column.
 */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

    @Override
    public Response toResponse(ImportRejectedException e) {
        int status;
        String title;
        switch (e.reason()) {
            case TOO_LARGE:
                status = 413;
                title = "The file is too large";
                break;
            case UNREADABLE:
                status = 400;
                title = "The file cannot be read";
                break;
            case CONFLICT:
                status = 409;
                title = "The import conflicts with what the network holds";
                break;
            default:
                status = 422;
                title = "The file's content breaks the network's rules";
                break;
        }
        String type = "urn:neascn:problem:import-" + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new ImportProblemReport(type, title, status, e.getMessage(), e.problems())).build();
    }
}
