package org.neascn.server.transaction;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds the two interceptors around Liberty's transactional one; {@link TransactionalBeans} puts it on every transactional bean. */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ClientErrorsPass {

    /** The binding as a value, for the extension that adds it. */
    final class Literal extends jakarta.enterprise.util.AnnotationLiteral<ClientErrorsPass> implements ClientErrorsPass {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
