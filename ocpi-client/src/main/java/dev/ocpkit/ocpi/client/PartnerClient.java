package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.ClientCore;
import dev.ocpkit.ocpi.client.v211.Ocpi211Client;
import dev.ocpkit.ocpi.client.v221.Ocpi221Client;
import dev.ocpkit.ocpi.client.v230.Ocpi230Client;
import dev.ocpkit.ocpi.model.OcpiVersion;
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

    /** The OCPI 2.2.1 modules, with {@link Routing#auto()} and a new correlation id per call. */
    public Ocpi221Client v221() {
        return new Ocpi221Client(new CallContext(core, partner, OcpiVersion.V2_2_1, Routing.auto(), null));
    }

    /** The OCPI 2.3.0 modules (including payments, bookings and invoice reconciliation), like {@link #v221()}. */
    public Ocpi230Client v230() {
        return new Ocpi230Client(new CallContext(core, partner, OcpiVersion.V2_3_0, Routing.auto(), null));
    }

    /** The OCPI 2.1.1 modules (no routing headers), with a new correlation id per call. */
    public Ocpi211Client v211() {
        return new Ocpi211Client(new CallContext(core, partner, OcpiVersion.V2_1_1, Routing.none(), null));
    }
}
