package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.ClientInfo;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.Optional;

/**
 * The Receiver interface of the Hub Client Info module (every party connected to a hub): the hub pushes the
 * connection status of the other parties. Configuration module: no routing headers.
 *
 * @see <a
 *     href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_hub_client_info.asciidoc#mod_hub_client_info_client_interface">OCPI
 *     2.3.0, Hub client info: Receiver interface</a>
 * @since 0.1
 */
public interface HubClientInfoReceiver extends OcpiService {
    /** {@code GET {hubclientinfo}/{country_code}/{party_id}}: the stored ClientInfo, or empty (404, 2001). */
    Optional<ClientInfo> getClientInfo(OcpiContext ctx, String countryCode, String partyId);

    /** {@code PUT {hubclientinfo}/{country_code}/{party_id}}: stores or replaces a ClientInfo. */
    PutOutcome putClientInfo(OcpiContext ctx, String countryCode, String partyId, ClientInfo clientInfo);
}
