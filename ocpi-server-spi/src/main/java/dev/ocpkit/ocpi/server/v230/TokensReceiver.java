package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.Token;
import dev.ocpkit.ocpi.model.v230.TokenPatch;
import dev.ocpkit.ocpi.model.v230.TokenType;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.Optional;

/**
 * The Receiver interface of the Tokens module (typically a CPO): the eMSP pushes its tokens (PUT) and changes them
 * (PATCH). The {@code type} URL parameter defaults to {@link TokenType#RFID}; a value outside the enumeration is
 * refused with status 2001.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_tokens.asciidoc#mod_tokens_cpo_interface">OCPI 2.3.0,
 *     Tokens: Receiver interface</a>
 * @since 0.1
 */
public interface TokensReceiver extends OcpiService {
    /** {@code GET {tokens}/{country_code}/{party_id}/{token_uid}[?type=]}: the stored token, or empty (404, 2004). */
    Optional<Token> getToken(OcpiContext ctx, String countryCode, String partyId, String tokenUid, TokenType type);

    /** {@code PUT .../{token_uid}[?type=]}: stores a new token or replaces the stored one. */
    PutOutcome putToken(
            OcpiContext ctx, String countryCode, String partyId, String tokenUid, TokenType type, Token token);

    /**
     * {@code PATCH .../{token_uid}[?type=]}: changes the fields present (typically {@code valid}). By default through
     * {@link #getToken} and {@link #putToken}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2004 when the token is unknown
     */
    default void patchToken(
            OcpiContext ctx, String countryCode, String partyId, String tokenUid, TokenType type, TokenPatch patch) {
        Token token = getToken(ctx, countryCode, partyId, tokenUid, type)
                .orElseThrow(() -> OcpiErrors.unknownToken("unknown token"));
        putToken(ctx, countryCode, partyId, tokenUid, type, patch.applyTo(token));
    }
}
