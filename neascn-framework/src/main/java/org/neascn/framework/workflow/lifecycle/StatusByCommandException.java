package org.neascn.framework.workflow.lifecycle;

import org.neascn.framework.workflow.WorkflowException;

/** A plain write that would have moved a lifecycle; it names the commands that do. */
public class StatusByCommandException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String commands;

    StatusByCommandException(Refusal refusal, StatusField field, String message) {
        super(refusal, refusal == Refusal.CONFLICT ? field.lifecycle().byCommandRule() : field.lifecycle().firstStateRule(),
                field.state(), message);
        this.path = field.path();
        this.commands = field.lifecycle().commands();
    }

    /** The JSON path of the status the write would have set. */
    public String path() {
        return path;
    }

    /** The commands that move this lifecycle. */
    public String commands() {
        return commands;
    }
}
