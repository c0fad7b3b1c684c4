package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.Routing;
import dev.ocpkit.ocpi.client.internal.CallContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI 2.3.0 modules of one partner. Each accessor returns a client for one module and one interface of the
 * partner: {@code xxxSender()} pulls from the partner's Sender interface, {@code xxxReceiver()} pushes to its Receiver
 * interface. The partner's endpoint URLs come from its version details (read at registration).
 *
 * <p>Immutable and thread-safe. {@link #withRouting(Routing)} and {@link #withCorrelationId(String)} return a copy for
 * hub routing and for propagating a correlation id; by default routing is {@link Routing#auto()} and every call gets a
 * new {@code X-Correlation-ID} (shared by its retries and, for lists, by all pages).
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/v2.3.0">OCPI 2.3.0</a>
 * @since 0.1
 */
public final class Ocpi230Client {
    private final CallContext ctx;

    /**
     * For ocpkit: obtain instances from {@link dev.ocpkit.ocpi.client.PartnerClient#v230()}.
     *
     * @param ctx the call context
     */
    public Ocpi230Client(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    /** A copy that sends these routing headers (functional modules only). */
    public Ocpi230Client withRouting(Routing routing) {
        return new Ocpi230Client(ctx.withRouting(Objects.requireNonNull(routing, "routing")));
    }

    /**
     * A copy that sends this {@code X-Correlation-ID} on every request (e.g. the id of an incoming request being
     * handled), or a new one per call when {@code null}.
     */
    public Ocpi230Client withCorrelationId(@Nullable String correlationId) {
        return new Ocpi230Client(ctx.withCorrelationId(correlationId));
    }

    /** The routing in use. */
    public Routing routing() {
        return ctx.routing();
    }

    /** Pulls locations from the partner's (CPO's) Sender interface. */
    public LocationsSenderClient locationsSender() {
        return new LocationsSenderClient(ctx);
    }

    /** Pushes locations to the partner's (eMSP's) Receiver interface. */
    public LocationsReceiverClient locationsReceiver() {
        return new LocationsReceiverClient(ctx);
    }

    /** Pulls sessions from, and sends charging preferences to, the partner's (CPO's) Sender interface. */
    public SessionsSenderClient sessionsSender() {
        return new SessionsSenderClient(ctx);
    }

    /** Pushes sessions to the partner's (eMSP's) Receiver interface. */
    public SessionsReceiverClient sessionsReceiver() {
        return new SessionsReceiverClient(ctx);
    }

    /** Pulls CDRs from the partner's (CPO's) Sender interface. */
    public CdrsSenderClient cdrsSender() {
        return new CdrsSenderClient(ctx);
    }

    /** Posts CDRs to the partner's (eMSP's) Receiver interface. */
    public CdrsReceiverClient cdrsReceiver() {
        return new CdrsReceiverClient(ctx);
    }

    /** Pulls tariffs from the partner's (CPO's) Sender interface. */
    public TariffsSenderClient tariffsSender() {
        return new TariffsSenderClient(ctx);
    }

    /** Pushes tariffs to the partner's (eMSP's) Receiver interface. */
    public TariffsReceiverClient tariffsReceiver() {
        return new TariffsReceiverClient(ctx);
    }

    /** Pulls tokens from, and asks real-time authorization of, the partner's (eMSP's) Sender interface. */
    public TokensSenderClient tokensSender() {
        return new TokensSenderClient(ctx);
    }

    /** Pushes tokens to the partner's (CPO's) Receiver interface. */
    public TokensReceiverClient tokensReceiver() {
        return new TokensReceiverClient(ctx);
    }

    /** Sends commands to the partner's (CPO's) Receiver interface. */
    public CommandsReceiverClient commandsReceiver() {
        return new CommandsReceiverClient(ctx);
    }

    /** Posts command results to the partner's (eMSP's) {@code response_url}s. */
    public CommandsSenderClient commandsSender() {
        return new CommandsSenderClient(ctx);
    }

    /** Sends charging profile requests to the partner's (CPO's) Receiver interface. */
    public ChargingProfilesReceiverClient chargingProfilesReceiver() {
        return new ChargingProfilesReceiverClient(ctx);
    }

    /** Posts charging profile results and active profiles to the partner's (SCSP's) Sender interface. */
    public ChargingProfilesSenderClient chargingProfilesSender() {
        return new ChargingProfilesSenderClient(ctx);
    }

    /** Pulls client information from the partner's (hub's) Sender interface. */
    public HubClientInfoSenderClient hubClientInfoSender() {
        return new HubClientInfoSenderClient(ctx);
    }

    /** Pushes client information to the partner's Receiver interface (for hubs). */
    public HubClientInfoReceiverClient hubClientInfoReceiver() {
        return new HubClientInfoReceiverClient(ctx);
    }

    /** Calls the partner's (payment terminal provider's) payments Sender interface: terminals and confirmations. */
    public PaymentsSenderClient paymentsSender() {
        return new PaymentsSenderClient(ctx);
    }

    /** Calls the partner's (CPO's) payments Receiver interface. */
    public PaymentsReceiverClient paymentsReceiver() {
        return new PaymentsReceiverClient(ctx);
    }

    /** Pulls booking locations, calendars and bookings from, and requests bookings at, the partner's (CPO's) Sender. */
    public BookingsSenderClient bookingsSender() {
        return new BookingsSenderClient(ctx);
    }

    /** Pushes booking locations, calendars and bookings to the partner's (eMSP's) Receiver interface. */
    public BookingsReceiverClient bookingsReceiver() {
        return new BookingsReceiverClient(ctx);
    }

    /** Pulls invoice reconciliation records from the partner's Sender interface. */
    public InvoiceReconciliationSenderClient invoiceReconciliationSender() {
        return new InvoiceReconciliationSenderClient(ctx);
    }

    /** Sends invoice reconciliation records to the partner's Receiver interface. */
    public InvoiceReconciliationReceiverClient invoiceReconciliationReceiver() {
        return new InvoiceReconciliationReceiverClient(ctx);
    }
}
