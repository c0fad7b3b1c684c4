package dev.ocpkit.ocpp;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a station presented when it opened its WebSocket, as seen by a {@link StationAuthenticator}.
 *
 * <p>{@link #toString()} never prints the password.
 *
 * @param identity the charging station identity: the last segment of the URL path, percent-decoded
 * @param path the request path (without query)
 * @param remoteAddress the peer's address
 * @param offeredSubprotocols the subprotocols the station offered, in its order
 * @param username the HTTP Basic user name, or {@code null} when no Basic credentials were sent
 * @param password the HTTP Basic password, or {@code null} when no Basic credentials were sent
 * @param clientCertificates the TLS client certificate chain (profile 3), leaf first; empty otherwise
 * @since 0.1
 */
public record HandshakeRequest(
        String identity,
        String path,
        @Nullable InetSocketAddress remoteAddress,
        List<String> offeredSubprotocols,
        @Nullable String username,
        @Nullable String password,
        List<X509Certificate> clientCertificates) {

    /** Copies the lists. */
    public HandshakeRequest {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(path, "path");
        offeredSubprotocols = offeredSubprotocols == null ? List.of() : List.copyOf(offeredSubprotocols);
        clientCertificates = clientCertificates == null ? List.of() : List.copyOf(clientCertificates);
    }

    @Override
    public String toString() {
        return "HandshakeRequest[identity=" + identity + ", path=" + path + ", remoteAddress=" + remoteAddress
                + ", offeredSubprotocols=" + offeredSubprotocols + ", username=" + username + ", password="
                + (password == null ? "null" : "****") + ", clientCertificates=" + clientCertificates.size() + "]";
    }
}
