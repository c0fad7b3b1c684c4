package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.RoutingHeaders;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling and how: passed first to every service method, so that signatures can grow without breaking hosts.
 * Created by the dispatcher for each authenticated request; immutable.
 *
 * @param partner the calling partner, as the {@link dev.ocpkit.ocpi.client.PartnerStore} knows it (its tokens never
 *     show in {@code toString()})
 * @param version the OCPI version of the endpoint called
 * @param requestId the {@code X-Request-ID} of the request (generated when the caller sent none)
 * @param correlationId the {@code X-Correlation-ID} of the request (generated when the caller sent none)
 * @param routing the OCPI 2.2+ routing headers ({@code OCPI-from-*}, {@code OCPI-to-*}) when the request carried all
 *     four, else {@code null}
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#unique-message-ids">OCPI 2.2.1,
 *     Unique message IDs</a>
 * @since 0.1
 */
public record OcpiContext(
        Partner partner,
        OcpiVersion version,
        String requestId,
        String correlationId,
        @Nullable RoutingHeaders routing) {

    /** Requires partner, version and both ids. */
    public OcpiContext {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** Whether the request came through a hub (the calling partner has the role {@code HUB}). */
    public boolean viaHub() {
        return partner.roles().stream().anyMatch(r -> r.role().equalsIgnoreCase("HUB"));
    }
}
