package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.model.v221.AllowedType;
import dev.ocpkit.ocpi.model.v221.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v221.LocationReferences;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.WhitelistType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The tokens the eMSPs pushed (OCPI Tokens receiver), as a {@link TokenAuthorizer}: a valid token whose whitelist
 * allows local use is {@code ALLOWED}; an invalid token is {@code BLOCKED}; an unknown token, or one whose whitelist
 * is {@code NEVER}, goes to the fallback (real-time authorization) or is {@code NOT_ALLOWED} without one.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class TokenCache implements TokenAuthorizer {
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final @Nullable TokenAuthorizer fallback;

    /** @param fallback real-time authorization for tokens the cache cannot decide, or {@code null} */
    public TokenCache(@Nullable TokenAuthorizer fallback) {
        this.fallback = fallback;
    }

    /** Stores (or replaces) a token, as a PUT to the Tokens receiver does. */
    public void put(Token token) {
        tokens.put(key(token.uid(), token.typeAsString()), token);
    }

    /** The stored token. */
    public Optional<Token> get(String uid, String type) {
        return Optional.ofNullable(tokens.get(key(uid, type)));
    }

    @Override
    public CompletableFuture<AuthorizationInfo> authorize(
            String uid, String type, @Nullable LocationReferences location) {
        Token t = tokens.get(key(uid, type));
        if (t == null || t.whitelist() == WhitelistType.NEVER) {
            if (fallback != null) {
                return fallback.authorize(uid, type, location);
            }
            return CompletableFuture.completedFuture(AuthorizationInfo.builder()
                    .allowed(AllowedType.NOT_ALLOWED)
                    .token(t)
                    .build());
        }
        AllowedType allowed = Boolean.TRUE.equals(t.valid()) ? AllowedType.ALLOWED : AllowedType.BLOCKED;
        return CompletableFuture.completedFuture(AuthorizationInfo.builder()
                .allowed(allowed)
                .token(t)
                .location(location)
                .build());
    }

    private static String key(@Nullable String uid, @Nullable String type) {
        return (uid == null ? "" : uid.toUpperCase(Locale.ROOT)) + "|" + (type == null ? "" : type);
    }
}
