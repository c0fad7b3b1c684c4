package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.ActiveChargingProfile;
import dev.ocpkit.ocpi.model.v230.ChargingProfileResultType;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import org.jspecify.annotations.Nullable;

/**
 * The Sender interface of the Charging Profiles module (typically an SCSP or eMSP): where the CPO sends asynchronous
 * results and updated active profiles.
 *
 * <p>Results of requests sent with the ocpi-client go to the dispatcher's results endpoint instead (see {@link
 * dev.ocpkit.ocpi.server.OcpiDispatcher#resultsUrl()}); this interface serves {@code response_url}s the host built
 * under its own module URL.
 *
 * @see <a
 *     href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_charging_profiles.asciidoc#mod_charging_profiles_emsp_interface">OCPI
 *     2.3.0, Charging profiles: Sender interface</a>
 * @since 0.1
 */
public interface ChargingProfilesSender extends OcpiService {
    /**
     * {@code POST {chargingprofiles}/{reference}}: the result of an earlier GET, PUT or DELETE. The three result
     * objects of OCPI ({@code ActiveChargingProfileResult}, {@code ChargingProfileResult}, {@code
     * ClearProfileResult}) share the {@code result} field and only the first has a {@code profile}: the reference the
     * host put into its {@code response_url} says which request this answers.
     *
     * @param reference the path after the module URL, decoded
     * @param result the {@code result} value (kept raw; {@link ChargingProfileResultType#fromValue} types it)
     * @param profile the active profile of an {@code ActiveChargingProfileResult}, else {@code null}
     */
    void chargingProfileResult(
            OcpiContext ctx, String reference, String result, @Nullable ActiveChargingProfile profile);

    /**
     * {@code PUT {chargingprofiles}/{session_id}}: the CPO tells that the active profile of a session changed.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 via {@link dev.ocpkit.ocpi.server.OcpiErrors#notFound} for an
     *     unknown session
     */
    void activeChargingProfile(OcpiContext ctx, String sessionId, ActiveChargingProfile profile);
}
