package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v211.BusinessDetails;
import dev.ocpkit.ocpi.model.v211.Cdr;
import dev.ocpkit.ocpi.model.v211.CommandResponse;
import dev.ocpkit.ocpi.model.v211.CommandType;
import dev.ocpkit.ocpi.model.v211.Connector;
import dev.ocpkit.ocpi.model.v211.ConnectorPatch;
import dev.ocpkit.ocpi.model.v211.Credentials;
import dev.ocpkit.ocpi.model.v211.Endpoint;
import dev.ocpkit.ocpi.model.v211.Evse;
import dev.ocpkit.ocpi.model.v211.EvsePatch;
import dev.ocpkit.ocpi.model.v211.Location;
import dev.ocpkit.ocpi.model.v211.LocationPatch;
import dev.ocpkit.ocpi.model.v211.LocationReferences;
import dev.ocpkit.ocpi.model.v211.ReserveNow;
import dev.ocpkit.ocpi.model.v211.Session;
import dev.ocpkit.ocpi.model.v211.SessionPatch;
import dev.ocpkit.ocpi.model.v211.StartSession;
import dev.ocpkit.ocpi.model.v211.StopSession;
import dev.ocpkit.ocpi.model.v211.Tariff;
import dev.ocpkit.ocpi.model.v211.TariffPatch;
import dev.ocpkit.ocpi.model.v211.Token;
import dev.ocpkit.ocpi.model.v211.TokenPatch;
import dev.ocpkit.ocpi.model.v211.TokenType;
import dev.ocpkit.ocpi.model.v211.UnlockConnector;
import dev.ocpkit.ocpi.model.v211.VersionDetails;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiResponse;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.v211.CdrsReceiver;
import dev.ocpkit.ocpi.server.v211.CdrsSender;
import dev.ocpkit.ocpi.server.v211.CommandsReceiver;
import dev.ocpkit.ocpi.server.v211.CommandsSender;
import dev.ocpkit.ocpi.server.v211.LocationsReceiver;
import dev.ocpkit.ocpi.server.v211.LocationsSender;
import dev.ocpkit.ocpi.server.v211.SessionsReceiver;
import dev.ocpkit.ocpi.server.v211.SessionsSender;
import dev.ocpkit.ocpi.server.v211.TariffsReceiver;
import dev.ocpkit.ocpi.server.v211.TariffsSender;
import dev.ocpkit.ocpi.server.v211.TokensReceiver;
import dev.ocpkit.ocpi.server.v211.TokensSender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * OCPI 2.1.1: the routes of the CPO and eMSP interfaces and the configuration objects. Endpoints have no role, objects
 * carry no owner (so only the URL's party is checked against the caller), the credentials name one party.
 */
public final class V211Support implements VersionSupport {
    @Override
    public OcpiVersion version() {
        return OcpiVersion.V2_1_1;
    }

    @Override
    public boolean interfaceRoles() {
        return false;
    }

    @Override
    public Object versionDetails(List<Published> endpoints) {
        List<Endpoint> list = new ArrayList<>();
        for (Published p : endpoints) {
            list.add(new Endpoint(p.moduleId(), p.url()));
        }
        return new VersionDetails(version().value(), list);
    }

    @Override
    public CredentialsData readCredentials(Call call) {
        Credentials c = call.body(Credentials.class);
        BusinessDetails b = c.businessDetails();
        List<PartyRole> roles = new ArrayList<>();
        if (c.countryCode() != null && c.partyId() != null) {
            roles.add(new PartyRole(
                    counterpart(call.localRoles()),
                    c.countryCode(),
                    c.partyId(),
                    b == null || b.name() == null ? "" : b.name(),
                    b == null ? null : b.website()));
        }
        return new CredentialsData(c.token(), c.url(), roles);
    }

    /**
     * A 2.1.1 credentials object names no role: a 2.1.1 party is a CPO talking to eMSPs or the reverse, so the partner
     * of a CPO is taken as an eMSP and the partner of an eMSP as a CPO.
     */
    private static String counterpart(List<PartyRole> local) {
        boolean cpo = false;
        boolean emsp = false;
        for (PartyRole r : local) {
            String role = r.role().toUpperCase(Locale.ROOT);
            cpo |= role.equals("CPO");
            emsp |= role.equals("EMSP");
        }
        if (cpo && !emsp) {
            return "EMSP";
        }
        if (emsp && !cpo) {
            return "CPO";
        }
        return "OTHER";
    }

    @Override
    public Object credentials(String token, String versionsUrl, List<PartyRole> roles) {
        PartyRole r = roles.get(0);
        for (PartyRole candidate : roles) {
            if (candidate.role().equalsIgnoreCase("CPO") || candidate.role().equalsIgnoreCase("EMSP")) {
                r = candidate;
                break;
            }
        }
        return new Credentials(
                token,
                versionsUrl,
                new BusinessDetails(r.businessName(), r.website(), null),
                r.partyId(),
                r.countryCode());
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
            out.add(new Binding("sessions", EndpointRole.SENDER, true, c -> {
                requireList(c);
                return c.page(true, p -> x.getSessions(c.ctx(), p));
            }));
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
                CommandResponse result = c.body(CommandResponse.class);
                x.commandResult(c.ctx(), c.rest(0), result);
                return c.ok(null);
            }));
        }
    }

    /** An endpoint that only serves the GET list. */
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

    // ------------------------------------------------------------------ sessions, cdrs, tariffs

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
                c.checkId("id", id, session.id());
                return c.put(s.putSession(ctx, cc, pid, id, session));
            }
            case "PATCH": {
                SessionPatch p = c.body(SessionPatch.class);
                c.checkId("id", id, p.id().value());
                s.patchSession(ctx, cc, pid, id, p);
                return c.ok(null);
            }
            default:
                throw c.methodNotAllowed();
        }
    }

    private static OcpiResponse cdrsReceiver(CdrsReceiver s, Call c) {
        if (c.size() == 0) {
            if (!c.method().equals("POST")) {
                throw c.methodNotAllowed();
            }
            Cdr cdr = c.body(Cdr.class);
            s.postCdr(c.ctx(), cdr);
            return c.created(c.moduleUrl() + "/" + Call.encodeSegment(cdr.id()));
        }
        if (c.size() == 1) {
            if (!c.method().equals("GET")) {
                throw c.methodNotAllowed();
            }
            return c.found(s.getCdr(c.ctx(), c.seg(0)), () -> OcpiErrors.notFound("unknown CDR"));
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
                c.checkId("id", id, t.id());
                return c.put(s.putTariff(ctx, cc, pid, id, t));
            }
            case "PATCH": {
                TariffPatch p = c.body(TariffPatch.class);
                c.checkId("id", id, p.id().value());
                s.patchTariff(ctx, cc, pid, id, p);
                return c.ok(null);
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

    // ------------------------------------------------------------------ tokens, commands

    private static OcpiResponse tokensReceiver(TokensReceiver s, Call c) {
        if (c.size() != 3) {
            throw c.noSuchPath();
        }
        OcpiContext ctx = c.ctx();
        String cc = c.seg(0);
        String pid = c.seg(1);
        String uid = c.seg(2);
        c.checkUrlParty(cc, pid);
        switch (c.method()) {
            case "GET":
                return c.found(s.getToken(ctx, cc, pid, uid), () -> OcpiErrors.notFound("unknown token"));
            case "PUT": {
                Token t = c.body(Token.class);
                c.checkId("uid", uid, t.uid());
                return c.put(s.putToken(ctx, cc, pid, uid, t));
            }
            case "PATCH": {
                TokenPatch p = c.body(TokenPatch.class);
                c.checkId("uid", uid, p.uid().value());
                s.patchToken(ctx, cc, pid, uid, p);
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
            return c.found(s.authorize(c.ctx(), c.seg(0), type, refs), () -> OcpiErrors.notFound("unknown token"));
        }
        throw c.noSuchPath();
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
                    case UNLOCK_CONNECTOR -> s.unlockConnector(ctx, c.body(UnlockConnector.class));
                    default -> CommandsReceiver.NOT_SUPPORTED;
                });
    }
}
