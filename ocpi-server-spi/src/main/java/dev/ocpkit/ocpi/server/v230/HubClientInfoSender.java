package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.ClientInfo;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The Sender interface of the Hub Client Info module (typically a hub): connected parties pull the list of
 * ClientInfo objects.
 *
 * @see <a
 *     href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_hub_client_info.asciidoc#mod_hub_client_info_hub_interface">OCPI
 *     2.3.0, Hub client info: Sender interface</a>
 * @since 0.1
 */
public interface HubClientInfoSender extends OcpiService {
    /** {@code GET {hubclientinfo}?date_from&date_to&offset&limit}: one page of ClientInfo objects. */
    Page<ClientInfo> getClientInfos(OcpiContext ctx, PageRequest page);
}
