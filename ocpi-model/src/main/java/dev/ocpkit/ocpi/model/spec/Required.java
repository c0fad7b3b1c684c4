package dev.ocpkit.ocpi.model.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field has cardinality {@code 1} (or {@code +} with {@link #nonEmpty()}): it must be present and not null.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Required {
    /** Cardinality {@code +}: a list that must hold at least one element. */
    boolean nonEmpty() default false;
}
