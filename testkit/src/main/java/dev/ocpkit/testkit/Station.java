package dev.ocpkit.testkit;

import dev.ocpkit.ocpp.OcppVersion;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures a {@link StationSimulator} parameter injected by {@link OcpkitExtension}: its OCPP version and identity.
 * Without it, the simulator speaks OCPP 2.0.1 and is called {@code SIM-<parameter index>}.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Station {
    /**
     * The OCPP version the simulator speaks.
     *
     * @return default 2.0.1
     */
    OcppVersion version() default OcppVersion.V201;

    /**
     * The station's identity, the last segment of its WebSocket URL.
     *
     * @return default empty: {@code SIM-<parameter index>}
     */
    String identity() default "";
}
