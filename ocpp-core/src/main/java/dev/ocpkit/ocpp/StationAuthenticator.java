package dev.ocpkit.ocpp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Decides at the WebSocket handshake whether a station may connect. A refused station gets HTTP 401 and no
 * connection.
 *
 * <p>With {@link SecurityProfile#BASIC} and {@link SecurityProfile#TLS_BASIC} the server first refuses requests
 * without Basic credentials or whose user name differs from the identity in the URL, then asks the authenticator.
 * With {@link SecurityProfile#MUTUAL_TLS} the server first refuses stations whose certificate CN differs from the
 * identity, then asks the authenticator. Called on a socket thread: keep it fast (cache lookups) and thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface StationAuthenticator {
    /** Accepts every station that passed the profile's own checks. */
    StationAuthenticator ACCEPT_ALL = request -> true;

    /**
     * Whether the station may connect.
     *
     * @param request what the station presented
     * @return {@code true} to accept, {@code false} to refuse with HTTP 401
     */
    boolean authenticate(HandshakeRequest request);

    /**
     * An authenticator backed by a fixed table of identity to password (compared in constant time).
     *
     * @param passwords the password of each station identity; the map is copied
     */
    static StationAuthenticator passwords(Map<String, String> passwords) {
        Map<String, String> copy = Map.copyOf(passwords);
        return request -> {
            String expected = copy.get(request.identity());
            String given = request.password();
            return expected != null
                    && given != null
                    && MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        };
    }
}
