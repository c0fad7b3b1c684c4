/**
 * Serves an {@link dev.ocpkit.ocpi.server.OcpiDispatcher} from a Jakarta Servlet 6 container (Tomcat 10.1+, Jetty
 * 12 EE10, Spring Boot 3). {@code jakarta.servlet-api} is a provided dependency: the container brings it.
 */
@NullMarked
package dev.ocpkit.ocpi.server.servlet;

import org.jspecify.annotations.NullMarked;
