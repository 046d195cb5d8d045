package org.neascn.server.transaction;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Arrays;

/**
 * Inside the transaction (after Liberty's interceptor, priority 200): a client's error leaving
 * the call marks the transaction for rollback exactly where Liberty would have (unless the
 * bean's {@code dontRollbackOn} names it), then travels on as a {@link ClientErrorCarrier}, so
 * that Liberty ends the transaction without an incident file. {@link ClientErrorOutside}
 * rethrows the error itself.
 */
@ClientErrorsPass
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class ClientErrorInside {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object around(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (RuntimeException e) {
            if (!ClientErrors.is(e)) {
                throw e;
            }
            if (rollsBack(call, e) && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
            throw new ClientErrorCarrier(e);
        }
    }

    /** Liberty's rule for a runtime exception: rollback, unless {@code dontRollbackOn} of the method's or the class's annotation names it. */
    private static boolean rollsBack(InvocationContext call, RuntimeException e) {
        Transactional t = call.getMethod().getAnnotation(Transactional.class);
        for (Class<?> c = call.getTarget().getClass(); t == null && c != null; c = c.getSuperclass()) {
            t = c.getAnnotation(Transactional.class);
        }
        return t == null || Arrays.stream(t.dontRollbackOn()).noneMatch(type -> type.isInstance(e));
    }
}
