package dev.ocpkit.ocpi.model.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the PATCH body of another record: every component is a
 * {@link dev.ocpkit.ocpi.model.PatchValue}. The validator checks only the fields that are present, reports an
 * explicit {@code null} on a required field, and requires {@code last_updated} where the object has one (OCPI:
 * "any request to PATCH an object SHALL contain the last_updated field").
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PatchOf {
    /** The full object type this body patches. */
    Class<? extends Record> value();
}
