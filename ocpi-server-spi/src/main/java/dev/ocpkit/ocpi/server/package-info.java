/**
 * The OCPI server SPI: a host implements the service interfaces of the modules and roles it offers (one package per
 * OCPI version: {@code v221}, {@code v230}, {@code v211}), registers them with an {@link
 * dev.ocpkit.ocpi.server.OcpiDispatcher}, and plugs the dispatcher into its HTTP stack through an adapter ({@code
 * dev.ocpkit.ocpi.server.jdk} for the JDK HTTP server, {@code dev.ocpkit.ocpi.server.servlet} for Jakarta Servlet
 * containers) or by hand.
 *
 * <p>The dispatcher owns every transport rule of OCPI: the versions and version-details endpoints, authentication
 * with the credentials token (through {@link dev.ocpkit.ocpi.client.PartnerStore}), the credentials handshake as the
 * receiving party, routing headers, request ids, the response envelope, pagination headers and the status codes of
 * bad input. Services only see parsed, validated model records and an {@link dev.ocpkit.ocpi.server.OcpiContext}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc">OCPI 2.2.1, Transport and
 *     format</a>
 */
@NullMarked
package dev.ocpkit.ocpi.server;

import org.jspecify.annotations.NullMarked;
