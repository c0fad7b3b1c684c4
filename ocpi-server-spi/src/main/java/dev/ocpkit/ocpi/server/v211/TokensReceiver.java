package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.v211.Token;
import dev.ocpkit.ocpi.model.v211.TokenPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.Optional;

/**
 * The CPO interface of the Tokens module: the eMSP pushes its tokens (PUT) and changes them (PATCH) at {@code
 * {tokens}/{country_code}/{party_id}/{token_uid}} with its own country code and party id. OCPI 2.1.1 addresses a
 * token by its uid alone (no {@code type} parameter) and tokens cannot be deleted.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tokens.md#21-cpo-interface">OCPI 2.1.1, Tokens: CPO
 *     interface</a>
 * @since 0.1
 */
public interface TokensReceiver extends OcpiService {
    /** {@code GET {tokens}/{country_code}/{party_id}/{token_uid}}: the stored token, or empty (404, 2001). */
    Optional<Token> getToken(OcpiContext ctx, String countryCode, String partyId, String tokenUid);

    /** {@code PUT .../{token_uid}}: stores a new token or replaces the stored one. */
    PutOutcome putToken(OcpiContext ctx, String countryCode, String partyId, String tokenUid, Token token);

    /**
     * {@code PATCH .../{token_uid}}: changes the fields present (typically {@code valid}). By default through {@link
     * #getToken} and {@link #putToken}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the token is unknown
     */
    default void patchToken(OcpiContext ctx, String countryCode, String partyId, String tokenUid, TokenPatch patch) {
        Token token =
                getToken(ctx, countryCode, partyId, tokenUid).orElseThrow(() -> OcpiErrors.notFound("unknown token"));
        putToken(ctx, countryCode, partyId, tokenUid, patch.applyTo(token));
    }
}
