package dev.ocpkit.ocpi.client;

import java.util.Comparator;
import java.util.ServiceLoader;

/**
 * Creates the default {@link OcpiTransport}: the available {@link OcpiTransportProvider} with the highest priority
 * (OkHttp when it is on the class path, else the JDK HTTP client).
 *
 * @since 0.1
 */
public final class OcpiTransports {
    private OcpiTransports() {}

    /**
     * A new transport from the best available provider; the caller owns and closes it.
     *
     * @param options timeouts, limits and TLS
     * @return the transport; never {@code null} (the JDK transport is always available)
     */
    public static OcpiTransport create(TransportOptions options) {
        return ServiceLoader.load(OcpiTransportProvider.class, OcpiTransports.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(OcpiTransportProvider::isAvailable)
                .max(Comparator.comparingInt(OcpiTransportProvider::priority))
                .map(p -> p.create(options))
                .orElseGet(() -> new JdkHttpOcpiTransport(options));
    }
}
