package dev.ocpkit.ocpi.model.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OCPI {@code string(n)}: a case-sensitive UTF-8 string of at most {@link #value()} characters. On a list of
 * strings it applies to each element.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface MaxLength {
    /** The maximum number of characters. */
    int value();
}
