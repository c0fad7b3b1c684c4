package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v211.LocationReferences;
import dev.ocpkit.ocpi.model.v211.Token;
import dev.ocpkit.ocpi.model.v211.TokenType;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pulls tokens from the partner's (eMSP's) tokens interface, and asks it for real-time authorization.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tokens.md#22-emsp-interface">OCPI 2.1.1, Tokens, eMSP interface</a>
 * @since 0.1
 */
public final class TokensSenderClient {
    private final CallContext ctx;

    TokensSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every token the partner shares with us, page by page. The list is lazy: pages are requested as the stream or
     * iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<Token> list(PageRequest page) {
        return ctx.req("GET", "tokens", "", "GET tokens").list(Token.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<Token> list() {
        return list(PageRequest.FIRST);
    }

    /**
     * Real-time authorization: {@code POST {tokens_endpoint_url}/{token_uid}/authorize[?type={type}]}, with the
     * location when known. Never retried.
     *
     * @param tokenUid the token uid
     * @param type the token type, or {@code null} for the default (RFID)
     * @param location where the driver wants to charge, or {@code null}
     * @return a future that completes normally with the partner's authorization, or exceptionally with the typed
     *     {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<AuthorizationInfo> authorizeAsync(
            String tokenUid, @Nullable TokenType type, @Nullable LocationReferences location) {
        var req = ctx.req("POST", "tokens", "", "POST tokens authorize")
                .path(tokenUid, "authorize")
                .query("type", type == null ? null : type.value());
        if (location != null) {
            req.body(location);
        }
        return req.object(AuthorizationInfo.class);
    }

    /** Blocking {@link #authorizeAsync}; throws its failure unwrapped. */
    public AuthorizationInfo authorize(
            String tokenUid, @Nullable TokenType type, @Nullable LocationReferences location) {
        return Futures.join(authorizeAsync(tokenUid, type, location));
    }
}
