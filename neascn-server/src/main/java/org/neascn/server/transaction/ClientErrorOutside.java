package org.neascn.server.transaction;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Outside the transaction (before Liberty's interceptor, priority 200): the client's error that
 * {@link ClientErrorInside} sent through it as a checked exception (which Liberty may have
 * wrapped) is thrown again as itself, so callers and the problem mappers see what they saw before.
 */
@ClientErrorsPass
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class ClientErrorOutside {

    @AroundInvoke
    public Object around(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ClientErrorCarrier carrier) {
                    throw carrier.clientError();
                }
            }
            throw e;
        }
    }
}
