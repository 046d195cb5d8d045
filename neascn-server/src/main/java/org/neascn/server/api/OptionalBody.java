package org.neascn.server.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request type whose body a client may leave out (an approval without remark, the
 * pipeline without rates): an empty body then reads as null rather than as an error.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OptionalBody {
}
