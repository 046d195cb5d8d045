package org.neascn.server.workflow;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.lifecycle.StatusByCommandException;
import org.neascn.server.api.problem.Problem;

/**
 * Answers a refused workflow operation with problem+json that names the rule and the state
 * the record was in: the actor may not (403), the record is in the wrong state (409), the
 * request breaks a rule whatever the state (422). Nothing changed: the operation's
 * transaction rolled back when the rule refused it.
 */
@Provider
public class WorkflowProblemMapper implements ExceptionMapper<WorkflowException> {

    /** The body: RFC 9457 fields plus the refusing rule's stable code and the record's state. */
    public record WorkflowProblem(String type, String title, int status, String detail, String rule, String state,
            String field, String commands) {

        WorkflowProblem(String type, String title, int status, String detail, String rule, String state) {
            this(type, title, status, detail, rule, state, null, null);
        }

        /** A plain write refused at the lifecycle door names the status field and the commands to use. */
        WorkflowProblem at(WorkflowException e) {
            return e instanceof StatusByCommandException door
                    ? new WorkflowProblem(type, title, status, detail, rule, state, door.path(), door.commands())
                    : this;
        }
    }

    @Override
    public Response toResponse(WorkflowException e) {
        return Response.status(status(e)).type(Problem.MEDIA_TYPE).entity(problem(e)).build();
    }

    static WorkflowProblem problem(WorkflowException e) {
        return kind(e).at(e);
    }

    private static WorkflowProblem kind(WorkflowException e) {
        switch (e.refusal()) {
            case FORBIDDEN:
                return new WorkflowProblem("urn:neascn:problem:forbidden", "Not allowed for this caller", 403,
                        e.getMessage(), e.rule(), e.state());
            case CONFLICT:
                return new WorkflowProblem("urn:neascn:problem:workflow-conflict",
                        "The record is not in a state that allows this", 409, e.getMessage(), e.rule(), e.state());
            default:
                return new WorkflowProblem("urn:neascn:problem:workflow-rule", "The request breaks a rule of the workflow",
                        422, e.getMessage(), e.rule(), e.state());
        }
    }

    private static int status(WorkflowException e) {
        return problem(e).status();
    }
}
