package dev.ocpkit.ocpi.client;

/**
 * A source of {@link OcpiTransport}s, found through {@link java.util.ServiceLoader} when the client is built without
 * a transport (see {@link OcpiTransports#create(TransportOptions)}). ocpkit registers one for OkHttp (priority 100,
 * available when OkHttp is on the class path) and one for the JDK HTTP client (priority 0, always available).
 *
 * <p>Implementations need a public no-argument constructor and an entry in
 * {@code META-INF/services/dev.ocpkit.ocpi.client.OcpiTransportProvider}.
 *
 * @since 0.1
 */
public interface OcpiTransportProvider {
    /** A short name, e.g. {@code okhttp}. */
    String name();

    /** The provider with the highest priority among the available ones is used. */
    int priority();

    /** Whether the libraries this provider needs are on the class path. */
    boolean isAvailable();

    /**
     * A new transport that the caller owns and closes.
     *
     * @param options timeouts, limits and TLS
     */
    OcpiTransport create(TransportOptions options);
}
