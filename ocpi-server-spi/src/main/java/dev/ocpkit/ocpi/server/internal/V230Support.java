package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v230.ActiveChargingProfile;
import dev.ocpkit.ocpi.model.v230.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v230.Booking;
import dev.ocpkit.ocpi.model.v230.BookingLocation;
import dev.ocpkit.ocpi.model.v230.BookingLocationPatch;
import dev.ocpkit.ocpi.model.v230.BookingPatch;
import dev.ocpkit.ocpi.model.v230.BookingRequest;
import dev.ocpkit.ocpi.model.v230.BusinessDetails;
import dev.ocpkit.ocpi.model.v230.Calendar;
import dev.ocpkit.ocpi.model.v230.CalendarPatch;
import dev.ocpkit.ocpi.model.v230.CancelReservation;
import dev.ocpkit.ocpi.model.v230.Cdr;
import dev.ocpkit.ocpi.model.v230.ChargingPreferences;
import dev.ocpkit.ocpi.model.v230.ClientInfo;
import dev.ocpkit.ocpi.model.v230.CommandResult;
import dev.ocpkit.ocpi.model.v230.CommandType;
import dev.ocpkit.ocpi.model.v230.Connector;
import dev.ocpkit.ocpi.model.v230.ConnectorPatch;
import dev.ocpkit.ocpi.model.v230.Credentials;
import dev.ocpkit.ocpi.model.v230.CredentialsRole;
import dev.ocpkit.ocpi.model.v230.Endpoint;
import dev.ocpkit.ocpi.model.v230.Evse;
import dev.ocpkit.ocpi.model.v230.EvsePatch;
import dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation;
import dev.ocpkit.ocpi.model.v230.InvoiceReconciliationRecord;
import dev.ocpkit.ocpi.model.v230.Location;
import dev.ocpkit.ocpi.model.v230.LocationPatch;
import dev.ocpkit.ocpi.model.v230.LocationReferences;
import dev.ocpkit.ocpi.model.v230.ReserveNow;
import dev.ocpkit.ocpi.model.v230.Session;
import dev.ocpkit.ocpi.model.v230.SessionPatch;
import dev.ocpkit.ocpi.model.v230.SetChargingProfile;
import dev.ocpkit.ocpi.model.v230.StartSession;
import dev.ocpkit.ocpi.model.v230.StopSession;
import dev.ocpkit.ocpi.model.v230.Tariff;
import dev.ocpkit.ocpi.model.v230.Terminal;
import dev.ocpkit.ocpi.model.v230.TerminalPatch;
import dev.ocpkit.ocpi.model.v230.Token;
import dev.ocpkit.ocpi.model.v230.TokenPatch;
import dev.ocpkit.ocpi.model.v230.TokenType;
import dev.ocpkit.ocpi.model.v230.UnlockConnector;
import dev.ocpkit.ocpi.model.v230.VersionDetails;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiResponse;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.v230.BookingsReceiver;
import dev.ocpkit.ocpi.server.v230.BookingsSender;
import dev.ocpkit.ocpi.server.v230.CdrsReceiver;
import dev.ocpkit.ocpi.server.v230.CdrsSender;
import dev.ocpkit.ocpi.server.v230.ChargingProfilesReceiver;
import dev.ocpkit.ocpi.server.v230.ChargingProfilesSender;
import dev.ocpkit.ocpi.server.v230.CommandsReceiver;
import dev.ocpkit.ocpi.server.v230.CommandsSender;
import dev.ocpkit.ocpi.server.v230.HubClientInfoReceiver;
import dev.ocpkit.ocpi.server.v230.HubClientInfoSender;
import dev.ocpkit.ocpi.server.v230.InvoiceReconciliationReceiver;
import dev.ocpkit.ocpi.server.v230.InvoiceReconciliationSender;
import dev.ocpkit.ocpi.server.v230.LocationsReceiver;
import dev.ocpkit.ocpi.server.v230.LocationsSender;
import dev.ocpkit.ocpi.server.v230.PaymentsReceiver;
import dev.ocpkit.ocpi.server.v230.PaymentsSender;
import dev.ocpkit.ocpi.server.v230.SessionsReceiver;
import dev.ocpkit.ocpi.server.v230.SessionsSender;
import dev.ocpkit.ocpi.server.v230.TariffsReceiver;
import dev.ocpkit.ocpi.server.v230.TariffsSender;
import dev.ocpkit.ocpi.server.v230.TokensReceiver;
import dev.ocpkit.ocpi.server.v230.TokensSender;
import java.util.ArrayList;
import java.util.List;

/** OCPI 2.3.0: the routes of every module interface and the configuration objects. */
public final class V230Support implements VersionSupport {
    @Override
    public OcpiVersion version() {
        return OcpiVersion.V2_3_0;
    }

    @Override
    public Object versionDetails(List<Published> endpoints) {
        List<Endpoint> list = new ArrayList<>();
        for (Published p : endpoints) {
            list.add(new Endpoint(
                    p.moduleId(), p.role() == null ? "SENDER" : p.role().name(), p.url()));
        }
        return new VersionDetails(version().value(), list);
    }

    @Override
    public CredentialsData readCredentials(Call call) {
        Credentials c = call.body(Credentials.class);
        List<PartyRole> roles = new ArrayList<>();
        for (CredentialsRole r : c.roles()) {
            BusinessDetails b = r.businessDetails();
            roles.add(new PartyRole(
                    r.roleAsString(),
                    r.countryCode(),
                    r.partyId(),
                    b == null || b.name() == null ? "" : b.name(),
                    b == null ? null : b.website()));
        }
        return new CredentialsData(c.token(), c.url(), roles);
    }

    @Override
    public Object credentials(String token, String versionsUrl, List<PartyRole> roles) {
        List<CredentialsRole> list = new ArrayList<>();
        for (PartyRole r : roles) {
            list.add(new CredentialsRole(
                    r.role(), new BusinessDetails(r.businessName(), r.website(), null), r.partyId(), r.countryCode()));
        }
        return new Credentials(token, versionsUrl, null, list);
    }

    @Override
    public void bind(OcpiService s, List<Binding> out) {
        if (s instanceof LocationsSender x) {
            out.add(new Binding("locations", EndpointRole.SENDER, true, c -> locationsSender(x, c)));
        }
        if (s instanceof LocationsReceiver x) {
            out.add(new Binding("locations", EndpointRole.RECEIVER, true, c -> locationsReceiver(x, c)));
        }
        if (s instanceof SessionsSender x) {
            out.add(new Binding("sessions", EndpointRole.SENDER, true, c -> sessionsSender(x, c)));
        }
        if (s instanceof SessionsReceiver x) {
            out.add(new Binding("sessions", EndpointRole.RECEIVER, true, c -> sessionsReceiver(x, c)));
        }
        if (s instanceof CdrsSender x) {
            out.add(new Binding("cdrs", EndpointRole.SENDER, true, c -> {
                requireList(c);
                return c.page(false, p -> x.getCdrs(c.ctx(), p));
            }));
        }
        if (s instanceof CdrsReceiver x) {
            out.add(new Binding("cdrs", EndpointRole.RECEIVER, true, c -> cdrsReceiver(x, c)));
        }
        if (s instanceof TariffsSender x) {
            out.add(new Binding("tariffs", EndpointRole.SENDER, true, c -> {
                requireList(c);
                return c.page(false, p -> x.getTariffs(c.ctx(), p));
            }));
        }
        if (s instanceof TariffsReceiver x) {
            out.add(new Binding("tariffs", EndpointRole.RECEIVER, true, c -> tariffsReceiver(x, c)));
        }
        if (s instanceof TokensSender x) {
            out.add(new Binding("tokens", EndpointRole.SENDER, true, c -> tokensSender(x, c)));
        }
        if (s instanceof TokensReceiver x) {
            out.add(new Binding("tokens", EndpointRole.RECEIVER, true, c -> tokensReceiver(x, c)));
        }
        if (s instanceof CommandsReceiver x) {
            out.add(new Binding("commands", EndpointRole.RECEIVER, true, c -> commandsReceiver(x, c)));
        }
        if (s instanceof CommandsSender x) {
            out.add(new Binding("commands", EndpointRole.SENDER, true, c -> {
                if (c.size() == 0) {
                    throw c.noSuchPath();
                }
                if (!c.method().equals("POST")) {
                    throw c.methodNotAllowed();
                }
                CommandResult result = c.body(CommandResult.class);
                x.commandResult(c.ctx(), c.rest(0), result);
                return c.ok(null);
            }));
        }
        if (s instanceof ChargingProfilesReceiver x) {
            out.add(new Binding("chargingprofiles", EndpointRole.RECEIVER, true, c -> profilesReceiver(x, c)));
        }
        if (s instanceof ChargingProfilesSender x) {
            out.add(new Binding("chargingprofiles", EndpointRole.SENDER, true, c -> profilesSender(x, c)));
        }
        if (s instanceof HubClientInfoSender x) {
            out.add(new Binding("hubclientinfo", EndpointRole.SENDER, false, c -> {
                requireList(c);
                return c.page(false, p -> x.getClientInfos(c.ctx(), p));
            }));
        }
        if (s instanceof HubClientInfoReceiver x) {
            out.add(new Binding("hubclientinfo", EndpointRole.RECEIVER, false, c -> hubClientInfoReceiver(x, c)));
        }
        if (s instanceof PaymentsSender x) {
            out.add(new Binding("payments", EndpointRole.SENDER, true, c -> paymentsSender(x, c)));
        }
        if (s instanceof PaymentsReceiver x) {
            out.add(new Binding("payments", EndpointRole.RECEIVER, true, c -> paymentsReceiver(x, c)));
        }
        bindBookings(s, out);
        if (s instanceof InvoiceReconciliationSender x) {
            out.add(new Binding("invoicereconciliation", EndpointRole.SENDER, true, c -> {
                requireList(c);
                return c.page(false, p -> x.getRecords(c.ctx(), p));
            }));
        }
        if (s instanceof InvoiceReconciliationReceiver x) {
            out.add(new Binding("invoicereconciliation", EndpointRole.RECEIVER, true, c -> invoicesReceiver(x, c)));
        }
    }

    private static OcpiResponse invoicesReceiver(InvoiceReconciliationReceiver s, Call c) {
        OcpiContext ctx = c.ctx();
        if (c.size() == 0) {
            requirePost(c);
            InvoiceReconciliationRecord r = c.body(InvoiceReconciliationRecord.class);
            if (!ctx.viaHub()
                    && !ctx.partner().roles().isEmpty()
                    && !ctx.partner().hasParty(r.countryCode(), r.partyId())) {
                throw OcpiErrors.invalid(
                        "the record's owner " + r.countryCode() + "/" + r.partyId() + " is not a party of the caller");
            }
            s.postRecord(ctx, r);
            return c.ok(null);
        }
        if (c.size() != 3) {
            throw c.noSuchPath();
        }
        String cc = c.seg(0);
        String pid = c.seg(1);
        String id = c.seg(2);
        c.checkUrlParty(cc, pid);
        switch (c.method()) {
            case "GET":
                return c.found(s.getRecord(ctx, cc, pid, id), () -> OcpiErrors.notFound("unknown record"));
            case "PUT": {
                InvoiceReconciliationRecord r = c.body(InvoiceReconciliationRecord.class);
                c.checkOwner(cc, pid, r.countryCode(), r.partyId());
                c.checkId("id", id, r.id());
                return c.put(s.putRecord(ctx, cc, pid, id, r));
            }
            case "DELETE":
                if (!s.deleteRecord(ctx, cc, pid, id)) {
                    throw OcpiErrors.notFound("unknown record");
                }
                return c.ok(null);
            default:
                throw c.methodNotAllowed();
        }
    }

    // ------------------------------------------------------------------ bookings (2.3.0 extension)

    /** The Bookings module's identifier, as its specification spells it. */
    private static final String BOOKING = "Booking";

    private static final String BOOKING_LOCATIONS = "booking_locations";

    private static void bindBookings(OcpiService s, List<Binding> out) {
        if (s instanceof BookingsSender x) {
            out.add(new Binding(BOOKING, EndpointRole.SENDER, true, c -> bookingsSender(x, c)));
        }
        if (s instanceof BookingsReceiver x) {
            out.add(new Binding(BOOKING, EndpointRole.RECEIVER, true, c -> bookingsReceiver(x, c)));
        }
    }

    private static OcpiResponse bookingsSender(BookingsSender s, Call c) {
        OcpiContext ctx = c.ctx();
        if (c.size() == 0) {
            return switch (c.method()) {
                case "GET" -> c.page(false, p -> s.getBookings(ctx, p));
                case "POST" -> {
                    BookingRequest request = c.body(BookingRequest.class);
                    if (!ctx.viaHub()
                            && !ctx.partner().roles().isEmpty()
                            && !ctx.partner().hasParty(request.countryCode(), request.partyId())) {
                        throw OcpiErrors.invalid("the requester " + request.countryCode() + "/" + request.partyId()
                                + " is not a party of the caller");
                    }
                    yield c.ok(s.requestBooking(ctx, request));
                }
                default -> throw c.methodNotAllowed();
            };
        }
        if (!c.seg(0).equals(BOOKING_LOCATIONS) || c.size() > 3) {
            throw c.noSuchPath();
        }
        requireGet(c);
        return switch (c.size()) {
            case 1 -> c.page(false, p -> s.getBookingLocations(ctx, p));
            case 2 -> c.found(
                    s.getBookingLocation(ctx, c.seg(1)), () -> OcpiErrors.notFound("unknown booking location"));
            default -> c.found(s.getCalendar(ctx, c.seg(1), c.seg(2)), () -> OcpiErrors.notFound("unknown calendar"));
        };
    }

    private static OcpiResponse bookingsReceiver(BookingsReceiver s, Call c) {
        if (c.size() < 3) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String cc = c.seg(0);
        String pid = c.seg(1);
        c.checkUrlParty(cc, pid);
        if (c.size() == 3) {
            String id = c.seg(2);
            switch (c.method()) {
                case "GET":
                    return c.found(s.getBooking(ctx, cc, pid, id), () -> OcpiErrors.notFound("unknown booking"));
                case "PUT": {
                    Booking b = c.body(Booking.class);
                    c.checkOwner(cc, pid, b.countryCode(), b.partyId());
                    c.checkId("id", id, b.id());
                    return c.put(s.putBooking(ctx, cc, pid, id, b));
                }
                case "PATCH": {
                    BookingPatch p = c.body(BookingPatch.class);
                    c.checkOwner(cc, pid, p.countryCode().value(), p.partyId().value());
                    c.checkId("id", id, p.id().value());
                    s.patchBooking(ctx, cc, pid, id, p);
                    return c.ok(null);
                }
                default:
                    throw c.methodNotAllowed();
            }
        }
        if (!c.seg(2).equals(BOOKING_LOCATIONS) || c.size() > 5) {
            throw c.noSuchPath();
        }
        String loc = c.seg(3);
        if (c.size() == 4) {
            switch (c.method()) {
                case "GET":
                    return c.found(
                            s.getBookingLocation(ctx, cc, pid, loc),
                            () -> OcpiErrors.notFound("unknown booking location"));
                case "PUT": {
                    BookingLocation l = c.body(BookingLocation.class);
                    c.checkOwner(cc, pid, l.countryCode(), l.partyId());
                    c.checkId("id", loc, l.id());
                    return c.put(s.putBookingLocation(ctx, cc, pid, loc, l));
                }
                case "PATCH": {
                    BookingLocationPatch p = c.body(BookingLocationPatch.class);
                    c.checkOwner(cc, pid, p.countryCode().value(), p.partyId().value());
                    c.checkId("id", loc, p.id().value());
                    s.patchBookingLocation(ctx, cc, pid, loc, p);
                    return c.ok(null);
                }
                default:
                    throw c.methodNotAllowed();
            }
        }
        String cal = c.seg(4);
        switch (c.method()) {
            case "GET":
                return c.found(s.getCalendar(ctx, cc, pid, loc, cal), () -> OcpiErrors.notFound("unknown calendar"));
            case "PUT": {
                Calendar k = c.body(Calendar.class);
                c.checkId("id", cal, k.id());
                return c.put(s.putCalendar(ctx, cc, pid, loc, cal, k));
            }
            case "PATCH": {
                CalendarPatch p = c.body(CalendarPatch.class);
                c.checkId("id", cal, p.id().value());
                s.patchCalendar(ctx, cc, pid, loc, cal, p);
                return c.ok(null);
            }
            default:
                throw c.methodNotAllowed();
        }
    }

    // ------------------------------------------------------------------ payments (new in 2.3.0)

    private static final String TERMINALS = "terminals";
    private static final String CONFIRMATIONS = "financial-advice-confirmations";

    private static OcpiResponse paymentsSender(PaymentsSender s, Call c) {
        if (c.size() == 0) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String resource = c.seg(0);
        if (resource.equals(TERMINALS)) {
            if (c.size() == 1) {
                requireGet(c);
                return c.page(false, p -> s.getTerminals(ctx, p));
            }
            String id = c.seg(1);
            if (c.size() == 2 && id.equals("activate")) {
                requirePost(c);
                s.activateTerminal(ctx, c.bodyWithout(Terminal.class, "$.terminal_id"));
                return c.ok(null);
            }
            if (c.size() == 3 && c.seg(2).equals("deactivate")) {
                requirePost(c);
                s.deactivateTerminal(ctx, id);
                return c.ok(null);
            }
            if (c.size() != 2) {
                throw c.noSuchPath();
            }
            switch (c.method()) {
                case "GET":
                    return c.found(s.getTerminal(ctx, id), () -> OcpiErrors.notFound("unknown terminal"));
                case "PUT": {
                    Terminal t = c.body(Terminal.class);
                    c.checkId("terminal_id", id, t.terminalId());
                    return c.put(s.putTerminal(ctx, id, t));
                }
                case "PATCH": {
                    TerminalPatch p = c.body(TerminalPatch.class);
                    c.checkId("terminal_id", id, p.terminalId().value());
                    s.patchTerminal(ctx, id, p);
                    return c.ok(null);
                }
                default:
                    throw c.methodNotAllowed();
            }
        }
        if (resource.equals(CONFIRMATIONS)) {
            requireGet(c);
            return switch (c.size()) {
                case 1 -> c.page(false, p -> s.getFinancialAdviceConfirmations(ctx, p));
                case 2 -> c.found(
                        s.getFinancialAdviceConfirmation(ctx, c.seg(1)),
                        () -> OcpiErrors.notFound("unknown financial advice confirmation"));
                default -> throw c.noSuchPath();
            };
        }
        throw c.noSuchPath();
    }

    private static OcpiResponse paymentsReceiver(PaymentsReceiver s, Call c) {
        if (c.size() == 0 || c.size() > 2) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String resource = c.seg(0);
        if (resource.equals(TERMINALS)) {
            if (c.size() == 1) {
                requirePost(c);
                s.postTerminal(ctx, c.body(Terminal.class));
                return c.ok(null);
            }
            requireGet(c);
            return c.found(s.getTerminal(ctx, c.seg(1)), () -> OcpiErrors.notFound("unknown terminal"));
        }
        if (resource.equals(CONFIRMATIONS)) {
            if (c.size() == 1) {
                requirePost(c);
                s.postFinancialAdviceConfirmation(ctx, c.body(FinancialAdviceConfirmation.class));
                return c.ok(null);
            }
            requireGet(c);
            return c.found(
                    s.getFinancialAdviceConfirmation(ctx, c.seg(1)),
                    () -> OcpiErrors.notFound("unknown financial advice confirmation"));
        }
        throw c.noSuchPath();
    }

    private static void requireGet(Call c) {
        if (!c.method().equals("GET")) {
            throw c.methodNotAllowed();
        }
    }

    private static void requirePost(Call c) {
        if (!c.method().equals("POST")) {
            throw c.methodNotAllowed();
        }
    }

    /** A sender endpoint that only serves the GET list. */
    private static void requireList(Call c) {
        if (c.size() != 0) {
            throw c.noSuchPath();
        }
        if (!c.method().equals("GET")) {
            throw c.methodNotAllowed();
        }
    }

    // ------------------------------------------------------------------ locations

    private static OcpiResponse locationsSender(LocationsSender s, Call c) {
        if (!c.method().equals("GET")) {
            throw c.methodNotAllowed();
        }
        OcpiContext ctx = c.ctx();
        return switch (c.size()) {
            case 0 -> c.page(false, p -> s.getLocations(ctx, p));
            case 1 -> c.found(s.getLocation(ctx, c.seg(0)), () -> OcpiErrors.unknownLocation("unknown location"));
            case 2 -> c.found(s.getEvse(ctx, c.seg(0), c.seg(1)), () -> OcpiErrors.unknownLocation("unknown EVSE"));
            case 3 -> c.found(
                    s.getConnector(ctx, c.seg(0), c.seg(1), c.seg(2)),
                    () -> OcpiErrors.unknownLocation("unknown connector"));
            default -> throw c.noSuchPath();
        };
    }

    private static OcpiResponse locationsReceiver(LocationsReceiver s, Call c) {
        int n = c.size();
        if (n < 3 || n > 5) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String cc = c.seg(0);
        String pid = c.seg(1);
        String loc = c.seg(2);
        c.checkUrlParty(cc, pid);
        switch (c.method()) {
            case "GET":
                return switch (n) {
                    case 3 -> c.found(
                            s.getLocation(ctx, cc, pid, loc), () -> OcpiErrors.unknownLocation("unknown location"));
                    case 4 -> c.found(
                            s.getEvse(ctx, cc, pid, loc, c.seg(3)), () -> OcpiErrors.unknownLocation("unknown EVSE"));
                    default -> c.found(
                            s.getConnector(ctx, cc, pid, loc, c.seg(3), c.seg(4)),
                            () -> OcpiErrors.unknownLocation("unknown connector"));
                };
            case "PUT":
                switch (n) {
                    case 3: {
                        Location l = c.body(Location.class);
                        c.checkOwner(cc, pid, l.countryCode(), l.partyId());
                        c.checkId("id", loc, l.id());
                        return c.put(s.putLocation(ctx, cc, pid, loc, l));
                    }
                    case 4: {
                        Evse e = c.body(Evse.class);
                        c.checkId("uid", c.seg(3), e.uid());
                        return c.put(s.putEvse(ctx, cc, pid, loc, c.seg(3), e));
                    }
                    default: {
                        Connector k = c.body(Connector.class);
                        c.checkId("id", c.seg(4), k.id());
                        return c.put(s.putConnector(ctx, cc, pid, loc, c.seg(3), c.seg(4), k));
                    }
                }
            case "PATCH":
                switch (n) {
                    case 3: {
                        LocationPatch p = c.body(LocationPatch.class);
                        c.checkOwner(
                                cc, pid, p.countryCode().value(), p.partyId().value());
                        c.checkId("id", loc, p.id().value());
                        s.patchLocation(ctx, cc, pid, loc, p);
                        return c.ok(null);
                    }
                    case 4: {
                        EvsePatch p = c.body(EvsePatch.class);
                        c.checkId("uid", c.seg(3), p.uid().value());
                        s.patchEvse(ctx, cc, pid, loc, c.seg(3), p);
                        return c.ok(null);
                    }
                    default: {
                        ConnectorPatch p = c.body(ConnectorPatch.class);
                        c.checkId("id", c.seg(4), p.id().value());
                        s.patchConnector(ctx, cc, pid, loc, c.seg(3), c.seg(4), p);
                        return c.ok(null);
                    }
                }
            default:
                throw c.methodNotAllowed();
        }
    }

    // ------------------------------------------------------------------ sessions

    private static OcpiResponse sessionsSender(SessionsSender s, Call c) {
        if (c.size() == 0) {
            if (!c.method().equals("GET")) {
                throw c.methodNotAllowed();
            }
            return c.page(true, p -> s.getSessions(c.ctx(), p));
        }
        if (c.size() == 2 && c.seg(1).equals("charging_preferences")) {
            if (!c.method().equals("PUT")) {
                throw c.methodNotAllowed();
            }
            ChargingPreferences prefs = c.body(ChargingPreferences.class);
            return c.ok(s.setChargingPreferences(c.ctx(), c.seg(0), prefs).value());
        }
        throw c.noSuchPath();
    }

    private static OcpiResponse sessionsReceiver(SessionsReceiver s, Call c) {
        if (c.size() != 3) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String cc = c.seg(0);
        String pid = c.seg(1);
        String id = c.seg(2);
        c.checkUrlParty(cc, pid);
        switch (c.method()) {
            case "GET":
                return c.found(s.getSession(ctx, cc, pid, id), () -> OcpiErrors.notFound("unknown session"));
            case "PUT": {
                Session session = c.body(Session.class);
                c.checkOwner(cc, pid, session.countryCode(), session.partyId());
                c.checkId("id", id, session.id());
                return c.put(s.putSession(ctx, cc, pid, id, session));
            }
            case "PATCH": {
                SessionPatch p = c.body(SessionPatch.class);
                c.checkOwner(cc, pid, p.countryCode().value(), p.partyId().value());
                c.checkId("id", id, p.id().value());
                s.patchSession(ctx, cc, pid, id, p);
                return c.ok(null);
            }
            default:
                throw c.methodNotAllowed();
        }
    }

    // ------------------------------------------------------------------ cdrs, tariffs, tokens

    private static OcpiResponse cdrsReceiver(CdrsReceiver s, Call c) {
        if (c.size() == 0) {
            if (!c.method().equals("POST")) {
                throw c.methodNotAllowed();
            }
            Cdr cdr = c.body(Cdr.class);
            if (!c.ctx().viaHub()
                    && !c.ctx().partner().roles().isEmpty()
                    && !c.ctx().partner().hasParty(cdr.countryCode(), cdr.partyId())) {
                throw OcpiErrors.invalid(
                        "the CDR's owner " + cdr.countryCode() + "/" + cdr.partyId() + " is not a party of the caller");
            }
            s.postCdr(c.ctx(), cdr);
            return c.created(c.moduleUrl() + "/" + Call.encodeSegment(cdr.countryCode()) + "/"
                    + Call.encodeSegment(cdr.partyId()) + "/" + Call.encodeSegment(cdr.id()));
        }
        if (c.size() == 3) {
            if (!c.method().equals("GET")) {
                throw c.methodNotAllowed();
            }
            c.checkUrlParty(c.seg(0), c.seg(1));
            return c.found(s.getCdr(c.ctx(), c.seg(0), c.seg(1), c.seg(2)), () -> OcpiErrors.notFound("unknown CDR"));
        }
        throw c.noSuchPath();
    }

    private static OcpiResponse tariffsReceiver(TariffsReceiver s, Call c) {
        if (c.size() != 3) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String cc = c.seg(0);
        String pid = c.seg(1);
        String id = c.seg(2);
        c.checkUrlParty(cc, pid);
        switch (c.method()) {
            case "GET":
                return c.found(s.getTariff(ctx, cc, pid, id), () -> OcpiErrors.notFound("unknown tariff"));
            case "PUT": {
                Tariff t = c.body(Tariff.class);
                c.checkOwner(cc, pid, t.countryCode(), t.partyId());
                c.checkId("id", id, t.id());
                return c.put(s.putTariff(ctx, cc, pid, id, t));
            }
            case "DELETE":
                if (!s.deleteTariff(ctx, cc, pid, id)) {
                    throw OcpiErrors.notFound("unknown tariff");
                }
                return c.ok(null);
            default:
                throw c.methodNotAllowed();
        }
    }

    private static TokenType tokenType(Call c) {
        String raw = c.query("type");
        if (raw == null || raw.isEmpty()) {
            return TokenType.RFID;
        }
        TokenType t = TokenType.fromValue(raw);
        if (t == null || t == TokenType.UNRECOGNIZED) {
            throw OcpiErrors.invalid(
                    "type '" + (raw.length() > 40 ? raw.substring(0, 40) : raw) + "' is not a TokenType");
        }
        return t;
    }

    private static OcpiResponse tokensReceiver(TokensReceiver s, Call c) {
        if (c.size() != 3) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String cc = c.seg(0);
        String pid = c.seg(1);
        String uid = c.seg(2);
        c.checkUrlParty(cc, pid);
        TokenType type = tokenType(c);
        switch (c.method()) {
            case "GET":
                return c.found(s.getToken(ctx, cc, pid, uid, type), () -> OcpiErrors.unknownToken("unknown token"));
            case "PUT": {
                Token t = c.body(Token.class);
                c.checkOwner(cc, pid, t.countryCode(), t.partyId());
                c.checkId("uid", uid, t.uid());
                if (t.typeAsString() != null && !t.typeAsString().equals(type.value())) {
                    throw OcpiErrors.invalid("type " + t.typeAsString() + " differs from the URL's " + type.value());
                }
                return c.put(s.putToken(ctx, cc, pid, uid, type, t));
            }
            case "PATCH": {
                TokenPatch p = c.body(TokenPatch.class);
                c.checkOwner(cc, pid, p.countryCode().value(), p.partyId().value());
                c.checkId("uid", uid, p.uid().value());
                s.patchToken(ctx, cc, pid, uid, type, p);
                return c.ok(null);
            }
            default:
                throw c.methodNotAllowed();
        }
    }

    private static OcpiResponse tokensSender(TokensSender s, Call c) {
        if (c.size() == 0) {
            if (!c.method().equals("GET")) {
                throw c.methodNotAllowed();
            }
            return c.page(false, p -> s.getTokens(c.ctx(), p));
        }
        if (c.size() == 2 && c.seg(1).equals("authorize")) {
            if (!c.method().equals("POST")) {
                throw c.methodNotAllowed();
            }
            TokenType type = tokenType(c);
            LocationReferences refs = c.optionalBody(LocationReferences.class);
            return c.found(s.authorize(c.ctx(), c.seg(0), type, refs), () -> OcpiErrors.unknownToken("unknown token"));
        }
        throw c.noSuchPath();
    }

    // ------------------------------------------------------------------ commands, charging profiles, hub client info

    private static OcpiResponse commandsReceiver(CommandsReceiver s, Call c) {
        if (c.size() != 1) {
            throw c.noSuchPath();
        }
        if (!c.method().equals("POST")) {
            throw c.methodNotAllowed();
        }
        OcpiContext ctx = c.ctx();
        CommandType type = CommandType.fromValue(c.seg(0));
        if (type == null || type == CommandType.UNRECOGNIZED) {
            return c.ok(CommandsReceiver.NOT_SUPPORTED);
        }
        return c.ok(
                switch (type) {
                    case START_SESSION -> s.startSession(ctx, c.body(StartSession.class));
                    case STOP_SESSION -> s.stopSession(ctx, c.body(StopSession.class));
                    case RESERVE_NOW -> s.reserveNow(ctx, c.body(ReserveNow.class));
                    case CANCEL_RESERVATION -> s.cancelReservation(ctx, c.body(CancelReservation.class));
                    case UNLOCK_CONNECTOR -> s.unlockConnector(ctx, c.body(UnlockConnector.class));
                    default -> CommandsReceiver.NOT_SUPPORTED;
                });
    }

    private static OcpiResponse profilesReceiver(ChargingProfilesReceiver s, Call c) {
        if (c.size() != 1) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String session = c.seg(0);
        return switch (c.method()) {
            case "GET" -> {
                int duration = c.requiredPositiveInt("duration");
                String url = c.requiredQuery("response_url");
                yield c.ok(s.getActiveChargingProfile(ctx, session, duration, url));
            }
            case "PUT" -> c.ok(s.setChargingProfile(ctx, session, c.body(SetChargingProfile.class)));
            case "DELETE" -> c.ok(s.clearChargingProfile(ctx, session, c.requiredQuery("response_url")));
            default -> throw c.methodNotAllowed();
        };
    }

    private static OcpiResponse profilesSender(ChargingProfilesSender s, Call c) {
        if (c.size() == 0) {
            throw c.noSuchPath();
        }
        switch (c.method()) {
            case "POST": {
                ActiveChargingProfileResult r = c.body(ActiveChargingProfileResult.class);
                s.chargingProfileResult(c.ctx(), c.rest(0), r.resultAsString(), r.profile());
                return c.ok(null);
            }
            case "PUT": {
                if (c.size() != 1) {
                    throw c.noSuchPath();
                }
                s.activeChargingProfile(c.ctx(), c.seg(0), c.body(ActiveChargingProfile.class));
                return c.ok(null);
            }
            default:
                throw c.methodNotAllowed();
        }
    }

    private static OcpiResponse hubClientInfoReceiver(HubClientInfoReceiver s, Call c) {
        if (c.size() != 2) {
            throw c.noSuchPath();
        }
        String cc = c.seg(0);
        String pid = c.seg(1);
        switch (c.method()) {
            case "GET":
                return c.found(s.getClientInfo(c.ctx(), cc, pid), () -> OcpiErrors.notFound("unknown client info"));
            case "PUT": {
                ClientInfo info = c.body(ClientInfo.class);
                c.checkOwner(cc, pid, info.countryCode(), info.partyId());
                return c.put(s.putClientInfo(c.ctx(), cc, pid, info));
            }
            default:
                throw c.methodNotAllowed();
        }
    }
}
