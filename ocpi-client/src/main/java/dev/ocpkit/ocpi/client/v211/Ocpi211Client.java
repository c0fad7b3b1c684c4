package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.internal.CallContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI 2.1.1 modules of one partner: {@code xxxSender()} pulls from the interface of the party that owns the
 * objects, {@code xxxReceiver()} pushes to the interface of the party that receives them. The partner's endpoint URLs
 * come from its version details (read at registration). No routing headers are sent (OCPI 2.1.1 has none).
 *
 * <p>Immutable and thread-safe. {@link #withCorrelationId(String)} returns a copy that propagates a correlation id.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/2.1.1">OCPI 2.1.1</a>
 * @since 0.1
 */
public final class Ocpi211Client {
    private final CallContext ctx;

    /**
     * For ocpkit: obtain instances from {@link dev.ocpkit.ocpi.client.PartnerClient#v211()}.
     *
     * @param ctx the call context
     */
    public Ocpi211Client(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    /**
     * A copy that sends this {@code X-Correlation-ID} on every request, or a new one per call when {@code null}.
     * (OCPI 2.1.1 does not define the header; partners ignore it.)
     */
    public Ocpi211Client withCorrelationId(@Nullable String correlationId) {
        return new Ocpi211Client(ctx.withCorrelationId(correlationId));
    }

    /** Pulls locations from the partner's (CPO's) interface. */
    public LocationsSenderClient locationsSender() {
        return new LocationsSenderClient(ctx);
    }

    /** Pushes locations to the partner's (eMSP's) interface. */
    public LocationsReceiverClient locationsReceiver() {
        return new LocationsReceiverClient(ctx);
    }

    /** Pulls sessions from the partner's (CPO's) interface. */
    public SessionsSenderClient sessionsSender() {
        return new SessionsSenderClient(ctx);
    }

    /** Pushes sessions to the partner's (eMSP's) interface. */
    public SessionsReceiverClient sessionsReceiver() {
        return new SessionsReceiverClient(ctx);
    }

    /** Pulls CDRs from the partner's (CPO's) interface. */
    public CdrsSenderClient cdrsSender() {
        return new CdrsSenderClient(ctx);
    }

    /** Posts CDRs to the partner's (eMSP's) interface. */
    public CdrsReceiverClient cdrsReceiver() {
        return new CdrsReceiverClient(ctx);
    }

    /** Pulls tariffs from the partner's (CPO's) interface. */
    public TariffsSenderClient tariffsSender() {
        return new TariffsSenderClient(ctx);
    }

    /** Pushes tariffs to the partner's (eMSP's) interface. */
    public TariffsReceiverClient tariffsReceiver() {
        return new TariffsReceiverClient(ctx);
    }

    /** Pulls tokens from, and asks real-time authorization of, the partner's (eMSP's) interface. */
    public TokensSenderClient tokensSender() {
        return new TokensSenderClient(ctx);
    }

    /** Pushes tokens to the partner's (CPO's) interface. */
    public TokensReceiverClient tokensReceiver() {
        return new TokensReceiverClient(ctx);
    }

    /** Sends commands to the partner's (CPO's) interface. */
    public CommandsReceiverClient commandsReceiver() {
        return new CommandsReceiverClient(ctx);
    }

    /** Posts command results to the partner's (eMSP's) {@code response_url}s. */
    public CommandsSenderClient commandsSender() {
        return new CommandsSenderClient(ctx);
    }
}
