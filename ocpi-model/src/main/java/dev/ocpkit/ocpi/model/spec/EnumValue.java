package dev.ocpkit.ocpi.model.spec;

import dev.ocpkit.ocpi.model.OcpiEnum;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A raw string component (or list of strings) that holds values of an OCPI enumeration. The validator reports a
 * value outside the enumeration, unless {@link #open()} is set (OCPI 2.3.0 {@code OpenEnum}: any value is
 * allowed, unknown ones are only reported as warnings).
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface EnumValue {
    /** The enumeration. */
    Class<? extends OcpiEnum> value();

    /** OCPI 2.3.0 OpenEnum semantics: values outside the list are allowed. */
    boolean open() default false;
}
