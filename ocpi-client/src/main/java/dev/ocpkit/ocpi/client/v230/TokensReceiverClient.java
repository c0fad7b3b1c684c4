package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.Token;
import dev.ocpkit.ocpi.model.v230.TokenPatch;
import dev.ocpkit.ocpi.model.v230.TokenType;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes tokens to the partner's tokens Receiver interface (the CPO's): GET, PUT and PATCH on {@code
 * {tokens_endpoint_url}/{country_code}/{party_id}/{token_uid}[?type={type}]}.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_tokens.asciidoc#mod_tokens_receiver_interface">OCPI 2.3.0, Tokens, Receiver interface</a>
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
     * @param type the token type, or {@code null} for the default (RFID)
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Token> getTokenAsync(
            String countryCode, String partyId, String tokenUid, @Nullable TokenType type) {
        return ctx.req("GET", "tokens", "RECEIVER", "GET tokens (receiver)")
                .path(countryCode, partyId, tokenUid)
                .query("type", type == null ? null : type.value())
                .object(Token.class);
    }

    /** Blocking {@link #getTokenAsync}; throws its failure unwrapped. */
    public Token getToken(String countryCode, String partyId, String tokenUid, @Nullable TokenType type) {
        return Futures.join(getTokenAsync(countryCode, partyId, tokenUid, type));
    }

    /**
     * Creates or replaces a token; country code, party id, uid and type are taken from the token.
     *
     * @param token the whole token
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putTokenAsync(Token token) {
        return ctx.req("PUT", "tokens", "RECEIVER", "PUT tokens (receiver)")
                .path(token.countryCode(), token.partyId(), token.uid())
                .query("type", token.typeAsString())
                .body(token)
                .noData();
    }

    /** Blocking {@link #putTokenAsync}; throws its failure unwrapped. */
    public void putToken(Token token) {
        Futures.join(putTokenAsync(token));
    }

    /**
     * Updates fields of a token, e.g. {@code valid}.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param tokenUid the token uid
     * @param type the token type, or {@code null} for the default (RFID)
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchTokenAsync(
            String countryCode, String partyId, String tokenUid, @Nullable TokenType type, TokenPatch patch) {
        return ctx.req("PATCH", "tokens", "RECEIVER", "PATCH tokens (receiver)")
                .path(countryCode, partyId, tokenUid)
                .query("type", type == null ? null : type.value())
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchTokenAsync}; throws its failure unwrapped. */
    public void patchToken(
            String countryCode, String partyId, String tokenUid, @Nullable TokenType type, TokenPatch patch) {
        Futures.join(patchTokenAsync(countryCode, partyId, tokenUid, type, patch));
    }
}
