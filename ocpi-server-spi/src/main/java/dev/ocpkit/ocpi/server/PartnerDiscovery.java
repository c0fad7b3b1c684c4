package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.OcpiRegistrationException;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.util.List;
import java.util.Objects;

/**
 * How the server side of the credentials handshake calls the registering partner back: GET its versions endpoint
 * with the token it sent (token B), then the details of the version being registered, and return its endpoints. The
 * dispatcher then issues token C.
 *
 * <p>{@link OcpiDispatcher.Builder#discovery(PartnerDiscovery)} takes one; implementations must be thread-safe and may
 * block (the dispatcher calls it on the request thread of the POST or PUT to its credentials endpoint).
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/credentials.asciidoc#registration">OCPI 2.2.1, Credentials:
 *     registration</a>
 * @since 0.1
 */
@FunctionalInterface
public interface PartnerDiscovery {
    /**
     * The partner's endpoints for {@code version}.
     *
     * @param versionsUrl the partner's versions URL, from its credentials
     * @param token the token to call the partner with (token B), not encoded
     * @param version the version being registered (the version of our credentials endpoint that was called)
     * @param quirks how the partner encodes tokens and timestamps
     * @return every endpoint of that version (never empty when the call succeeded)
     * @throws dev.ocpkit.ocpi.model.OcpiException with status 3001 when the partner's API cannot be used (it is not
     *     reachable, answers with an error or with something that is not OCPI), 3002 when it does not offer {@code
     *     version}
     */
    List<PartnerEndpoint> endpoints(String versionsUrl, String token, OcpiVersion version, PartnerQuirks quirks);

    /**
     * Discovery through the ocpi-client: {@link OcpiClient#discover(String, String, PartnerQuirks, OcpiVersion)} of
     * the registered version. A partner that does not offer the version fails with status 3002, any other failure
     * (unreachable, HTTP or OCPI error, not OCPI at all) with 3001.
     *
     * @param client the client; its transport, timeouts and retries apply. Owned by the caller.
     */
    static PartnerDiscovery using(OcpiClient client) {
        Objects.requireNonNull(client, "client");
        return (versionsUrl, token, version, quirks) -> {
            try {
                return client.discover(versionsUrl, token, quirks, version).endpoints();
            } catch (OcpiRegistrationException e) {
                OcpiStatusCode code = e.reason() == OcpiRegistrationException.Reason.NO_COMMON_VERSION
                        ? OcpiStatusCode.UNSUPPORTED_VERSION
                        : OcpiStatusCode.UNABLE_TO_USE_CLIENT_API;
                throw new OcpiException(code, e.getMessage());
            } catch (OcpiException e) {
                throw new OcpiException(OcpiStatusCode.UNABLE_TO_USE_CLIENT_API, e.getMessage());
            }
        };
    }
}
