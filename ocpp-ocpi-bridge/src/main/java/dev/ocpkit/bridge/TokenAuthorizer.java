package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.model.v221.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v221.LocationReferences;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a token presented at a station may charge: from the token list the eMSPs pushed (or that the CPO
 * pulled), or by real-time authorization at the token's eMSP. {@link TokenCache} is an implementation over pushed
 * tokens; a host combines it with the OCPI client's real-time authorize.
 *
 * @since 0.1
 */
public interface TokenAuthorizer {
    /**
     * The verdict for a token.
     *
     * @param uid the token uid as the station read it
     * @param type the OCPI token type, e.g. {@code RFID}
     * @param location the location (and EVSE) where it is presented, or {@code null}
     * @return the authorization info; {@code allowed} other than {@code ALLOWED} refuses; a failed future refuses too
     */
    CompletableFuture<AuthorizationInfo> authorize(String uid, String type, @Nullable LocationReferences location);
}
