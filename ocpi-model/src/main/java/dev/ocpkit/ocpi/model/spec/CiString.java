package dev.ocpkit.ocpi.model.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OCPI {@code CiString(n)}: a case-insensitive string of at most {@link #value()} printable ASCII characters
 * (0x20-0x7E). On a list of strings it applies to each element.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface CiString {
    /** The maximum number of characters. */
    int value();
}
