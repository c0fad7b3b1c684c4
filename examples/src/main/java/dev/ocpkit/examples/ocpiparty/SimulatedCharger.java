package dev.ocpkit.examples.ocpiparty;

import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponse;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponseType;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResultType;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResponseType;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.CommandResultType;
import dev.ocpkit.ocpi.model.v221.Evse;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SetChargingProfile;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.StopSession;
import dev.ocpkit.ocpi.model.v221.UnlockConnector;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.v221.ChargingProfilesReceiver;
import dev.ocpkit.ocpi.server.v221.CommandsReceiver;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The CPO's charge points, simulated: START_SESSION starts a session on an EVSE, STOP_SESSION ends it and makes a
 * CDR, UNLOCK_CONNECTOR succeeds, charging profiles are accepted. Results go to the command's {@code response_url}
 * after {@code delay}; new sessions, EVSE statuses and CDRs are pushed to the partner when it has the receivers.
 */
final class SimulatedCharger implements CommandsReceiver, ChargingProfilesReceiver {
    private static final BigDecimal AC_PRICE = new BigDecimal("0.35");

    private final InMemoryLocations locations;
    private final InMemorySessions sessions;
    private final InMemoryCdrs cdrs;
    private final OcpiClient client;
    private final ScheduledExecutorService scheduler;
    private final Printer printer;
    private final Duration delay;
    private final Clock clock;
    private final AtomicInteger counter = new AtomicInteger();

    SimulatedCharger(
            InMemoryLocations locations,
            InMemorySessions sessions,
            InMemoryCdrs cdrs,
            OcpiClient client,
            ScheduledExecutorService scheduler,
            Printer printer,
            Duration delay,
            Clock clock) {
        this.locations = locations;
        this.sessions = sessions;
        this.cdrs = cdrs;
        this.client = client;
        this.scheduler = scheduler;
        this.printer = printer;
        this.delay = delay;
        this.clock = clock;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static CommandResponse accepted() {
        return new CommandResponse(CommandResponseType.ACCEPTED.value(), 30, List.of());
    }

    private void later(String what, Runnable r) {
        scheduler.schedule(
                () -> {
                    try {
                        r.run();
                    } catch (RuntimeException e) {
                        printer.say("!! " + what + " failed: " + e.getMessage());
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void postResult(String partnerId, String url, CommandResultType result) {
        client.partner(partnerId).v221().commandsSender().postResult(url, new CommandResult(result.value(), List.of()));
        printer.say("-> " + partnerId + " command result " + result.value());
    }

    private Optional<Location> location(String id) {
        return locations.all().stream().filter(l -> id.equalsIgnoreCase(l.id())).findFirst();
    }

    @Override
    public CommandResponse startSession(OcpiContext ctx, StartSession command) {
        Location location = location(command.locationId())
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown location " + command.locationId()));
        Evse evse = location.evses().stream()
                .filter(e -> command.evseUid() == null || command.evseUid().equalsIgnoreCase(e.uid()))
                .filter(e -> "AVAILABLE".equals(e.statusAsString()))
                .findFirst()
                .orElse(null);
        if (evse == null) {
            return new CommandResponse(CommandResponseType.REJECTED.value(), 0, List.of());
        }
        String partnerId = ctx.partner().id();
        later("START_SESSION", () -> {
            Instant now = now();
            String id = "S" + String.format("%04d", 100 + counter.incrementAndGet());
            Session session = Session.builder()
                    .countryCode(location.countryCode())
                    .partyId(location.partyId())
                    .id(id)
                    .startDateTime(now)
                    .kwh(BigDecimal.ZERO)
                    .cdrToken(DemoData.cdrToken(command.token()))
                    .authMethodAsString("COMMAND")
                    .authorizationReference(command.authorizationReference())
                    .locationId(location.id())
                    .evseUid(evse.uid())
                    .connectorId(evse.connectors().get(0).id())
                    .currency("EUR")
                    .statusAsString("ACTIVE")
                    .lastUpdated(now)
                    .build();
            sessions.put(session);
            setStatus(location, evse, "CHARGING", now);
            postResult(partnerId, command.responseUrl(), CommandResultType.ACCEPTED);
            push(
                    partnerId,
                    "sessions",
                    () -> client.partner(partnerId).v221().sessionsReceiver().putSession(session));
            push(partnerId, "locations", () -> client.partner(partnerId)
                    .v221()
                    .locationsReceiver()
                    .patchEvse(
                            location.countryCode(),
                            location.partyId(),
                            location.id(),
                            evse.uid(),
                            EvsePatch.builder()
                                    .statusAsString("CHARGING")
                                    .lastUpdated(now)
                                    .build()));
            printer.say("   session " + id + " started at " + location.id() + "/" + evse.uid());
        });
        return accepted();
    }

    @Override
    public CommandResponse stopSession(OcpiContext ctx, StopSession command) {
        Optional<Session> found = sessions.all().stream()
                .filter(s -> command.sessionId().equalsIgnoreCase(s.id()) && "ACTIVE".equals(s.statusAsString()))
                .findFirst();
        if (found.isEmpty()) {
            return new CommandResponse(CommandResponseType.UNKNOWN_SESSION.value(), 0, List.of());
        }
        String partnerId = ctx.partner().id();
        later("STOP_SESSION", () -> {
            Session active = found.get();
            Instant now = now();
            long seconds =
                    Math.max(60, Duration.between(active.startDateTime(), now).getSeconds());
            BigDecimal kwh = new BigDecimal(seconds)
                    .multiply(new BigDecimal("11"))
                    .divide(new BigDecimal(3600), 3, RoundingMode.HALF_UP);
            BigDecimal cost = kwh.multiply(AC_PRICE).setScale(2, RoundingMode.HALF_UP);
            Session done = active.toBuilder()
                    .endDateTime(now)
                    .kwh(kwh)
                    .statusAsString("COMPLETED")
                    .totalCost(new dev.ocpkit.ocpi.model.v221.Price(cost, null))
                    .lastUpdated(now)
                    .build();
            sessions.put(done);
            Location location = location(active.locationId()).orElseThrow();
            Evse evse = location.evses().stream()
                    .filter(e -> e.uid().equalsIgnoreCase(active.evseUid()))
                    .findFirst()
                    .orElseThrow();
            setStatus(location, evse, "AVAILABLE", now);
            Cdr cdr = cdr(done, location, evse, kwh, cost, seconds);
            cdrs.put(cdr);
            postResult(partnerId, command.responseUrl(), CommandResultType.ACCEPTED);
            push(
                    partnerId,
                    "sessions",
                    () -> client.partner(partnerId).v221().sessionsReceiver().putSession(done));
            push(
                    partnerId,
                    "cdrs",
                    () -> client.partner(partnerId).v221().cdrsReceiver().postCdr(cdr));
            printer.say("   session " + done.id() + " completed: " + kwh + " kWh, EUR " + cost + ", CDR " + cdr.id());
        });
        return accepted();
    }

    @Override
    public CommandResponse unlockConnector(OcpiContext ctx, UnlockConnector command) {
        location(command.locationId())
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown location " + command.locationId()));
        String partnerId = ctx.partner().id();
        later("UNLOCK_CONNECTOR", () -> postResult(partnerId, command.responseUrl(), CommandResultType.ACCEPTED));
        return accepted();
    }

    @Override
    public ChargingProfileResponse setChargingProfile(OcpiContext ctx, String sessionId, SetChargingProfile set) {
        boolean active = sessions.all().stream()
                .anyMatch(s -> sessionId.equalsIgnoreCase(s.id()) && "ACTIVE".equals(s.statusAsString()));
        if (!active) {
            return new ChargingProfileResponse(ChargingProfileResponseType.UNKNOWN_SESSION.value(), 0);
        }
        String partnerId = ctx.partner().id();
        later("SET_CHARGING_PROFILE", () -> {
            client.partner(partnerId)
                    .v221()
                    .chargingProfilesSender()
                    .postChargingProfileResult(
                            set.responseUrl(), new ChargingProfileResult(ChargingProfileResultType.ACCEPTED.value()));
            printer.say("-> " + partnerId + " charging profile result ACCEPTED for " + sessionId);
        });
        return new ChargingProfileResponse(ChargingProfileResponseType.ACCEPTED.value(), 30);
    }

    private void setStatus(Location location, Evse evse, String status, Instant now) {
        Evse changed = evse.toBuilder().statusAsString(status).lastUpdated(now).build();
        List<Evse> evses = location.evses().stream()
                .map(e -> e.uid().equalsIgnoreCase(evse.uid()) ? changed : e)
                .toList();
        locations.put(location.toBuilder().evses(evses).lastUpdated(now).build());
    }

    private void push(String partnerId, String module, Runnable call) {
        Partner p = client.partnerStore().find(partnerId).orElse(null);
        if (p == null || p.endpoint(module, "RECEIVER").isEmpty()) {
            return;
        }
        try {
            call.run();
            printer.say("-> " + partnerId + " pushed " + module);
        } catch (RuntimeException e) {
            printer.say("!! push of " + module + " to " + partnerId + " failed: " + e.getMessage());
        }
    }

    private static Cdr cdr(Session s, Location l, Evse e, BigDecimal kwh, BigDecimal cost, long seconds) {
        BigDecimal hours = new BigDecimal(seconds).divide(new BigDecimal(3600), 4, RoundingMode.HALF_UP);
        String json =
                """
                {"country_code":"%s","party_id":"%s","id":"CDR-%s","start_date_time":"%s","end_date_time":"%s",
                 "session_id":"%s","cdr_token":%s,"auth_method":"COMMAND",
                 "cdr_location":{"id":"%s","address":"%s","city":"%s","country":"%s",
                   "coordinates":{"latitude":"%s","longitude":"%s"},"evse_uid":"%s","evse_id":"%s","connector_id":"%s",
                   "connector_standard":"%s","connector_format":"%s","connector_power_type":"%s"},
                 "currency":"EUR",
                 "charging_periods":[{"start_date_time":"%s","dimensions":[{"type":"ENERGY","volume":%s}],
                   "tariff_id":"AC1"}],
                 "total_cost":{"excl_vat":%s},"total_energy":%s,"total_time":%s,"last_updated":"%s"}"""
                        .formatted(
                                s.countryCode(),
                                s.partyId(),
                                s.id(),
                                s.startDateTime(),
                                s.endDateTime(),
                                s.id(),
                                OcpiJson.v221().write(s.cdrToken()),
                                l.id(),
                                l.address(),
                                l.city(),
                                l.country(),
                                l.coordinates().latitude(),
                                l.coordinates().longitude(),
                                e.uid(),
                                e.evseId() == null ? e.uid() : e.evseId(),
                                e.connectors().get(0).id(),
                                e.connectors().get(0).standardAsString(),
                                e.connectors().get(0).formatAsString(),
                                e.connectors().get(0).powerTypeAsString(),
                                s.startDateTime(),
                                kwh.toPlainString(),
                                cost.toPlainString(),
                                kwh.toPlainString(),
                                hours.toPlainString(),
                                s.endDateTime());
        return OcpiJson.v221().read(json, Cdr.class);
    }
}
