package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v211.Token;
import dev.ocpkit.ocpi.model.v211.TokenPatch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes tokens to the partner's (CPO's) tokens interface: GET, PUT and PATCH on {@code
 * {tokens_endpoint_url}/{country_code}/{party_id}/{token_uid}}.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tokens.md#21-cpo-interface">OCPI 2.1.1, Tokens, CPO interface</a>
 * @since 0.1
 */
public final class TokensReceiverClient {
    private final CallContext ctx;

    TokensReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a token.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param tokenUid the token uid
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Token> getTokenAsync(String countryCode, String partyId, String tokenUid) {
        return ctx.req("GET", "tokens", "", "GET tokens")
                .path(countryCode, partyId, tokenUid)
                .object(Token.class);
    }

    /** Blocking {@link #getTokenAsync}; throws its failure unwrapped. */
    public Token getToken(String countryCode, String partyId, String tokenUid) {
        return Futures.join(getTokenAsync(countryCode, partyId, tokenUid));
    }

    /**
     * Creates or replaces a token, the uid taken from the token.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param token the whole token
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putTokenAsync(String countryCode, String partyId, Token token) {
        return ctx.req("PUT", "tokens", "", "PUT tokens")
                .path(countryCode, partyId, token.uid())
                .body(token)
                .noData();
    }

    /** Blocking {@link #putTokenAsync}; throws its failure unwrapped. */
    public void putToken(String countryCode, String partyId, Token token) {
        Futures.join(putTokenAsync(countryCode, partyId, token));
    }

    /**
     * Updates fields of a token, e.g. {@code valid}.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param tokenUid the token uid
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchTokenAsync(
            String countryCode, String partyId, String tokenUid, TokenPatch patch) {
        return ctx.req("PATCH", "tokens", "", "PATCH tokens")
                .path(countryCode, partyId, tokenUid)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchTokenAsync}; throws its failure unwrapped. */
    public void patchToken(String countryCode, String partyId, String tokenUid, TokenPatch patch) {
        Futures.join(patchTokenAsync(countryCode, partyId, tokenUid, patch));
    }
}
