package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiTransport;
import dev.ocpkit.ocpi.client.OcpiTransportProvider;
import dev.ocpkit.ocpi.client.OkHttpOcpiTransport;
import dev.ocpkit.ocpi.client.TransportOptions;

/** The OkHttp transport, when OkHttp is on the class path. */
public final class OkHttpTransportProvider implements OcpiTransportProvider {
    @Override
    public String name() {
        return "okhttp";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public boolean isAvailable() {
        try {
            Class.forName("okhttp3.OkHttpClient", false, OkHttpTransportProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public OcpiTransport create(TransportOptions options) {
        return new OkHttpOcpiTransport(options);
    }
}
