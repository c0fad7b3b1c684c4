package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.AllowedType;
import dev.ocpkit.ocpi.model.v230.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v230.LocationReferences;
import dev.ocpkit.ocpi.model.v230.Token;
import dev.ocpkit.ocpi.model.v230.TokenPatch;
import dev.ocpkit.ocpi.model.v230.TokenType;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.internal.ObjectStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Tokens in memory, for tests and demos; not a production store. {@link #asSender()} serves them and authorizes in
 * real time (an eMSP: a valid token is {@code ALLOWED}, an invalid one {@code BLOCKED}, an unknown one answers 2004);
 * {@link #asReceiver()} stores what an eMSP pushes (a CPO). Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryTokens {
    private final ObjectStore<Token> store = new ObjectStore<>();

    private static String key(
            @Nullable String countryCode, @Nullable String partyId, @Nullable String uid, @Nullable String type) {
        return ObjectStore.key(countryCode, partyId, uid, type == null ? TokenType.RFID.value() : type);
    }

    /** Adds or replaces a token (keyed by country code, party id, uid and type). */
    public PutOutcome put(Token token) {
        return store.put(key(token.countryCode(), token.partyId(), token.uid(), token.typeAsString()), token);
    }

    /** The token with these identifiers. */
    public Optional<Token> find(String countryCode, String partyId, String uid, TokenType type) {
        return store.get(key(countryCode, partyId, uid, type.value()));
    }

    /** Every token, in insertion order. */
    public List<Token> all() {
        return store.all();
    }

    /** A Sender interface over these tokens, with real-time authorization. */
    public TokensSender asSender() {
        return new TokensSender() {
            @Override
            public Page<Token> getTokens(OcpiContext ctx, PageRequest page) {
                return Page.of(store.all(), page, Token::lastUpdated);
            }

            @Override
            public Optional<AuthorizationInfo> authorize(
                    OcpiContext ctx, String tokenUid, TokenType type, @Nullable LocationReferences location) {
                return store.all().stream()
                        .filter(t -> tokenUid.equalsIgnoreCase(t.uid())
                                && type.value().equals(t.typeAsString()))
                        .findFirst()
                        .map(t -> new AuthorizationInfo(
                                Boolean.TRUE.equals(t.valid())
                                        ? AllowedType.ALLOWED.value()
                                        : AllowedType.BLOCKED.value(),
                                t,
                                location,
                                UUID.randomUUID().toString(),
                                null));
            }
        };
    }

    /** A Receiver interface that stores what partners push. */
    public TokensReceiver asReceiver() {
        return new TokensReceiver() {
            @Override
            public Optional<Token> getToken(
                    OcpiContext ctx, String countryCode, String partyId, String tokenUid, TokenType type) {
                return find(countryCode, partyId, tokenUid, type);
            }

            @Override
            public PutOutcome putToken(
                    OcpiContext ctx, String countryCode, String partyId, String tokenUid, TokenType type, Token token) {
                return store.put(key(countryCode, partyId, tokenUid, type.value()), token);
            }

            @Override
            public void patchToken(
                    OcpiContext ctx,
                    String countryCode,
                    String partyId,
                    String tokenUid,
                    TokenType type,
                    TokenPatch patch) {
                synchronized (store) {
                    TokensReceiver.super.patchToken(ctx, countryCode, partyId, tokenUid, type, patch);
                }
            }
        };
    }
}
