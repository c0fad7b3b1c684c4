package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v211.LocationReferences;
import dev.ocpkit.ocpi.model.v211.Token;
import dev.ocpkit.ocpi.model.v211.TokenType;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The eMSP interface of the Tokens module: CPOs pull the token list and ask for real-time authorization of one
 * token.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tokens.md#22-emsp-interface">OCPI 2.1.1,
 *     Tokens: eMSP interface</a>
 * @since 0.1
 */
public interface TokensSender extends OcpiService {
    /** {@code GET {tokens}?date_from&date_to&offset&limit}: one page of the tokens shared with the caller. */
    Page<Token> getTokens(OcpiContext ctx, PageRequest page);

    /**
     * {@code POST {tokens}/{token_uid}/authorize[?type=]}: real-time authorization.
     *
     * @param type the token type from the URL, {@link TokenType#RFID} when absent
     * @param location the location (and EVSEs) the token is to be used at, or {@code null} when the CPO sent none
     * @return the authorization, or empty for an unknown token (the dispatcher answers HTTP 404 with status 2001, as
     *     2.1.1 has no 2004); throw {@link dev.ocpkit.ocpi.server.OcpiErrors#notEnoughInformation} (2002) when a location is needed
     */
    Optional<AuthorizationInfo> authorize(
            OcpiContext ctx, String tokenUid, TokenType type, @Nullable LocationReferences location);
}
