package org.neascn.server.transaction;

import org.neascn.framework.financing.MissingExchangeRateException;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.server.api.problem.ProblemMapper;

/** The failures that are answers to the client (the problem mappers' known ones), not incidents. */
final class ClientErrors {

    private ClientErrors() {
    }

    static boolean is(RuntimeException e) {
        return e instanceof WorkflowException || e instanceof ImportRejectedException
                || e instanceof MissingExchangeRateException || ProblemMapper.isKnown(e);
    }
}
