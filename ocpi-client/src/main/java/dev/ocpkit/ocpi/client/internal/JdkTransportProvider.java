package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.JdkHttpOcpiTransport;
import dev.ocpkit.ocpi.client.OcpiTransport;
import dev.ocpkit.ocpi.client.OcpiTransportProvider;
import dev.ocpkit.ocpi.client.TransportOptions;

/** The JDK HTTP client transport; always available. */
public final class JdkTransportProvider implements OcpiTransportProvider {
    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public OcpiTransport create(TransportOptions options) {
        return new JdkHttpOcpiTransport(options);
    }
}
