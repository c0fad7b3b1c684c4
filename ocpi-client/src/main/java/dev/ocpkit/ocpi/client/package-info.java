/**
 * The OCPI client: discovery, the credentials handshake, every module in both directions, lazy pagination, hub
 * routing and per-partner quirks, over a pluggable {@link dev.ocpkit.ocpi.client.OcpiTransport}.
 *
 * <p>The types shared with the server module live here: {@link dev.ocpkit.ocpi.client.Partner} and
 * {@link dev.ocpkit.ocpi.client.PartnerStore} (who may call us with which token, and how we call them),
 * {@link dev.ocpkit.ocpi.client.LocalParty} (who we are) and {@link dev.ocpkit.ocpi.client.AsyncResults} (the
 * {@code response_url}s whose results complete the futures of commands and charging profiles).
 */
@NullMarked
package dev.ocpkit.ocpi.client;

import org.jspecify.annotations.NullMarked;
