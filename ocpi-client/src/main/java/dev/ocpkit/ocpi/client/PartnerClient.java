package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.client.internal.ClientCore;
import java.util.function.Supplier;

/**
 * The modules of one partner, per OCPI version. Use the version the partner agreed on ({@link Partner#version()});
 * calls through another version's client fail with {@link OcpiMissingEndpointException}.
 *
 * <p>Immutable and thread-safe; cheap to create.
 *
 * @since 0.1
 */
public final class PartnerClient {
    private final ClientCore core;
    private final Supplier<Partner> partner;

    PartnerClient(ClientCore core, Supplier<Partner> partner) {
        this.core = core;
        this.partner = partner;
    }

    /** The partner as it is now (read from the store for a client made by {@link OcpiClient#partner(String)}). */
    public Partner partner() {
        return partner.get();
    }
}
