/**
 * Serves an {@link dev.ocpkit.ocpi.server.OcpiDispatcher} with the JDK's built-in {@code com.sun.net.httpserver}
 * (module {@code jdk.httpserver}): no dependency, for examples, tests and small deployments.
 */
@NullMarked
package dev.ocpkit.ocpi.server.jdk;

import org.jspecify.annotations.NullMarked;
