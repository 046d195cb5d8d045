package org.neascn.server.transaction;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/**
 * Puts {@link ClientErrorsPass} on every bean with a {@code @Transactional} class or method, so
 * that none is left out when a service is added (registered in
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}).
 */
public class TransactionalBeans implements Extension {

    <T> void bind(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        type.configureAnnotatedType().add(ClientErrorsPass.Literal.INSTANCE);
    }
}
