package dev.ocpkit.bridge;

import dev.ocpkit.bridge.BridgeConfig.ConnectorConfig;
import dev.ocpkit.bridge.BridgeConfig.EvseConfig;
import dev.ocpkit.bridge.BridgeConfig.Site;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfile;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.AllowedType;
import dev.ocpkit.ocpi.model.v221.AuthMethod;
import dev.ocpkit.ocpi.model.v221.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v221.CancelReservation;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrLocation;
import dev.ocpkit.ocpi.model.v221.CdrToken;
import dev.ocpkit.ocpi.model.v221.ChargingProfilePeriod;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponse;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponseType;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResultType;
import dev.ocpkit.ocpi.model.v221.ClearProfileResult;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResponseType;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.CommandResultType;
import dev.ocpkit.ocpi.model.v221.Connector;
import dev.ocpkit.ocpi.model.v221.DisplayText;
import dev.ocpkit.ocpi.model.v221.Evse;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.LocationReferences;
import dev.ocpkit.ocpi.model.v221.Price;
import dev.ocpkit.ocpi.model.v221.ReserveNow;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import dev.ocpkit.ocpi.model.v221.SessionStatus;
import dev.ocpkit.ocpi.model.v221.SetChargingProfile;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.Status;
import dev.ocpkit.ocpi.model.v221.StopSession;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.TokenType;
import dev.ocpkit.ocpi.model.v221.UnlockConnector;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.BootDecision;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.CommandStatus;
import dev.ocpkit.ocpp.neutral.CompositeScheduleResult;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.MeterValuesEvent;
import dev.ocpkit.ocpp.neutral.RemoteStart;
import dev.ocpkit.ocpp.neutral.Reservation;
import dev.ocpkit.ocpp.neutral.StationCommands;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.TransactionEnded;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.neutral.TransactionUpdated;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileKind;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedule;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedulePeriod;
import dev.ocpkit.ocpp.smartcharging.CompositeSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP to OCPI bridge of a charge point operator. As the {@link CsmsHandler} of a {@code CsmsServer} (wrap it with
 * {@code NeutralCsms.handlers(bridge)}) it receives the events of 1.6 and 2.x stations alike and
 * <ul>
 *   <li>publishes each configured Location (with EVSEs and connectors) when a station of it boots, using the boot data
 *       for the EVSE's physical reference;
 *   <li>turns StatusNotification (status and error code) into the EVSE status, PATCHed to the eMSPs;
 *   <li>authorizes id tokens through the {@link TokenAuthorizer} (pushed token list or real-time);
 *   <li>turns a transaction into an OCPI Session (PUT when it starts, PATCH with the energy as meter values come, PATCH
 *       {@code COMPLETED} at the end) and into a CDR priced by the {@link SessionPricer}, POSTed once;
 *   <li>executes the eMSPs' commands ({@link #startSession}, {@link #stopSession}, {@link #reserveNow},
 *       {@link #cancelReservation}, {@link #unlockConnector}) as OCPP calls: the {@link CommandResponse} says whether
 *       the command was passed on, the {@link CommandResult} follows at the {@code response_url} when the station
 *       has acted, or {@code TIMEOUT};
 *   <li>executes the eMSPs' OCPI ChargingProfiles requests for a session ({@link #setChargingProfile},
 *       {@link #getActiveChargingProfile}, {@link #clearChargingProfile}) as OCPP SetChargingProfile (a TxProfile of
 *       the session's transaction), GetCompositeSchedule and ClearChargingProfile on the session's EVSE: the
 *       {@link ChargingProfileResponse} says whether the request was passed on, the result follows at the
 *       {@code response_url}.
 * </ul>
 *
 * <p>Bad input gets the spec's answers: a command for an unknown location, EVSE or session is {@code REJECTED} or
 * {@code UNKNOWN_SESSION}; a command for a station that is offline is {@code REJECTED}; a late or repeated end of a
 * transaction and meter values after the end change nothing, so there is never a second CDR.
 *
 * <p>Thread-safe: per-transaction state is guarded by the transaction's lock; publishing happens outside locks.
 *
 * @since 0.1
 */
public final class CpoBridge implements CsmsHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CpoBridge.class);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final BridgeConfig config;
    private final EmspPublisher publisher;
    private final TokenAuthorizer authorizer;
    private final SessionPricer pricer;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    private final Map<String, OcppSession> stations = new ConcurrentHashMap<>();
    private final Map<String, Location> locations = new ConcurrentHashMap<>();
    private final Map<String, Tx> transactions = new ConcurrentHashMap<>();
    private final Map<String, Tx> sessionsById = new ConcurrentHashMap<>();
    private final Map<Integer, PendingStart> pendingStarts = new ConcurrentHashMap<>();
    private final Map<String, Cdr> cdrs = new ConcurrentHashMap<>();
    /** The last update sent or waiting per object, see {@link #inOrder}. */
    private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();

    private final AtomicInteger remoteStartIds = new AtomicInteger(1);
    private final AtomicInteger reservationIds = new AtomicInteger(1);

    /** Where an OCPP EVSE lives in OCPI. */
    private record Place(Site site, EvseConfig evse) {}

    private record PendingStart(
            String stationIdentity, int evseId, String uid, StartSession command, ScheduledFuture<?> timeout) {}

    /** The state of one transaction. */
    private static final class Tx {
        final String stationIdentity;
        final String transactionId;
        final String sessionId;
        final Place place;
        final ConnectorConfig connector;
        final CdrToken token;
        final String authMethod;
        final @Nullable String authorizationReference;
        final Instant start;
        final List<MeterPoint> timeline = new ArrayList<>();

        @Nullable
        String stopResponseUrl;

        @Nullable
        ScheduledFuture<?> stopTimeout;

        boolean ended;

        Tx(
                String stationIdentity,
                String transactionId,
                String sessionId,
                Place place,
                ConnectorConfig connector,
                CdrToken token,
                String authMethod,
                @Nullable String authorizationReference,
                Instant start) {
            this.stationIdentity = stationIdentity;
            this.transactionId = transactionId;
            this.sessionId = sessionId;
            this.place = place;
            this.connector = connector;
            this.token = token;
            this.authMethod = authMethod;
            this.authorizationReference = authorizationReference;
            this.start = start;
        }

        BigDecimal kwh() {
            if (timeline.size() < 2) {
                return BigDecimal.ZERO;
            }
            BigDecimal wh = timeline.get(timeline.size() - 1)
                    .energyWh()
                    .subtract(timeline.get(0).energyWh());
            return wh.max(BigDecimal.ZERO).divide(THOUSAND);
        }
    }

    /**
     * @param config the network: sites, EVSEs, connectors, tariffs
     * @param publisher where Locations, Sessions, CDRs and command results go
     * @param authorizer decides whether a token may charge
     * @param pricer prices finished sessions
     * @param clock the clock for {@code last_updated} stamps
     * @param scheduler runs command-result timeouts; owned by the caller
     */
    public CpoBridge(
            BridgeConfig config,
            EmspPublisher publisher,
            TokenAuthorizer authorizer,
            SessionPricer pricer,
            Clock clock,
            ScheduledExecutorService scheduler) {
        this.config = Objects.requireNonNull(config, "config");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.pricer = Objects.requireNonNull(pricer, "pricer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        Instant now = clock.instant();
        for (Site site : config.sites()) {
            List<Evse> evses = new ArrayList<>();
            for (EvseConfig e : site.evses()) {
                evses.add(evse(e, Status.UNKNOWN, null, now));
            }
            locations.put(
                    site.location().id(),
                    site.location().toBuilder().evses(evses).lastUpdated(now).build());
        }
    }

    // ------------------------------------------------------------------ state, for hosts and tests

    /** The Locations as currently published. */
    public List<Location> locations() {
        return List.copyOf(locations.values());
    }

    /** A Location as currently published. */
    public Optional<Location> location(String locationId) {
        return Optional.ofNullable(locations.get(locationId));
    }

    /** The current state of a session. */
    public Optional<Session> session(String sessionId) {
        Tx tx = sessionsById.get(sessionId);
        if (tx == null) {
            return Optional.empty();
        }
        synchronized (tx) {
            return Optional.of(sessionOf(tx, tx.ended ? SessionStatus.COMPLETED : SessionStatus.ACTIVE, null));
        }
    }

    /** The CDRs produced so far. */
    public List<Cdr> cdrs() {
        return List.copyOf(cdrs.values());
    }

    /** The OCPI session id the bridge uses for an OCPP transaction (stable, 36 characters). */
    public static String sessionId(String stationIdentity, String transactionId) {
        return UUID.nameUUIDFromBytes((stationIdentity + "/" + transactionId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    // ------------------------------------------------------------------ OCPP events

    private void seen(OcppSession session) {
        stations.put(session.identity(), session);
    }

    @Override
    public CompletionStage<BootDecision> boot(OcppSession session, BootInfo boot) {
        seen(session);
        Instant now = clock.instant();
        List<Location> toPublish = new ArrayList<>();
        for (Site site : config.sites()) {
            boolean mine =
                    site.evses().stream().anyMatch(e -> e.stationIdentity().equals(session.identity()));
            if (!mine) {
                continue;
            }
            Location updated = locations.compute(site.location().id(), (id, loc) -> {
                List<Evse> evses = new ArrayList<>();
                for (Evse e : Objects.requireNonNull(loc).evses()) {
                    EvseConfig ec = evseConfig(site, e.uid());
                    if (ec != null && ec.stationIdentity().equals(session.identity()) && boot.serialNumber() != null) {
                        String ref = boot.serialNumber();
                        e = e.toBuilder()
                                .physicalReference(ref.length() > 16 ? ref.substring(0, 16) : ref)
                                .lastUpdated(now)
                                .build();
                    }
                    evses.add(e);
                }
                return loc.toBuilder().evses(evses).lastUpdated(now).build();
            });
            toPublish.add(updated);
        }
        for (Location l : toPublish) {
            inOrder("location:" + l.id(), "PUT location " + l.id(), () -> publisher.putLocation(l));
        }
        return CompletableFuture.completedFuture(BootDecision.accepted(DEFAULT_HEARTBEAT_INTERVAL));
    }

    @Override
    public CompletionStage<Void> heartbeat(OcppSession session) {
        seen(session);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> status(OcppSession session, StatusEvent event) {
        seen(session);
        Place place = place(session.identity(), event.evseId());
        if (place == null) {
            LOG.debug("Status of unmapped EVSE {}/{} ignored", session.identity(), event.evseId());
            return CompletableFuture.completedFuture(null);
        }
        Status status = StatusMapping.toOcpi(event.status(), event.errorCode());
        Instant now = clock.instant();
        String locationId = place.site().location().id();
        Location[] before = new Location[1];
        locations.compute(locationId, (id, loc) -> {
            before[0] = loc;
            List<Evse> evses = new ArrayList<>();
            for (Evse e : Objects.requireNonNull(loc).evses()) {
                evses.add(
                        e.uid().equals(place.evse().evseUid())
                                ? e.toBuilder().status(status).lastUpdated(now).build()
                                : e);
            }
            return loc.toBuilder().evses(evses).lastUpdated(now).build();
        });
        Evse old = before[0] == null
                ? null
                : before[0].evses().stream()
                        .filter(e -> place.evse().evseUid().equals(e.uid()))
                        .findFirst()
                        .orElse(null);
        if (old == null || old.status() != status) {
            EvsePatch patch =
                    EvsePatch.builder().status(status).lastUpdated(now).build();
            inOrder(
                    "location:" + locationId,
                    "PATCH EVSE " + place.evse().evseUid(),
                    () -> publisher.patchEvse(
                            config.countryCode(),
                            config.partyId(),
                            locationId,
                            place.evse().evseUid(),
                            patch));
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Authorization> authorize(OcppSession session, IdToken idToken) {
        seen(session);
        return authorizeToken(session.identity(), null, idToken).thenApply(CpoBridge::toOcpp);
    }

    private CompletableFuture<AuthorizationInfo> authorizeToken(
            String identity, @Nullable Integer evseId, IdToken idToken) {
        LocationReferences refs = null;
        Place place = evseId == null ? null : place(identity, evseId);
        if (place != null) {
            refs = new LocationReferences(
                    place.site().location().id(), List.of(place.evse().evseUid()));
        }
        try {
            return authorizer
                    .authorize(idToken.value(), ocpiTokenType(idToken), refs)
                    .exceptionally(e -> {
                        LOG.warn("Authorization of a token failed: {}", e.toString());
                        return AuthorizationInfo.builder()
                                .allowed(AllowedType.NOT_ALLOWED)
                                .build();
                    });
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(
                    AuthorizationInfo.builder().allowed(AllowedType.NOT_ALLOWED).build());
        }
    }

    static Authorization toOcpp(AuthorizationInfo info) {
        AllowedType a = info.allowed();
        AuthorizationStatus s = a == null
                ? AuthorizationStatus.INVALID
                : switch (a) {
                    case ALLOWED -> AuthorizationStatus.ACCEPTED;
                    case BLOCKED -> AuthorizationStatus.BLOCKED;
                    case EXPIRED -> AuthorizationStatus.EXPIRED;
                    case NO_CREDIT -> AuthorizationStatus.NO_CREDIT;
                    default -> AuthorizationStatus.INVALID;
                };
        return Authorization.of(s);
    }

    private static String ocpiTokenType(IdToken idToken) {
        String t = idToken.type();
        if (t == null || t.equals(IdToken.TYPE_ISO14443) || t.equals(IdToken.TYPE_ISO15693)) {
            return TokenType.RFID.value();
        }
        if (t.equals(IdToken.TYPE_CENTRAL) || t.equals(IdToken.TYPE_EMAID)) {
            return TokenType.APP_USER.value();
        }
        return TokenType.OTHER.value();
    }

    @Override
    public CompletionStage<Authorization> transactionStarted(OcppSession session, TransactionStarted event) {
        seen(session);
        String key = session.identity() + "/" + event.transactionId();
        Tx existing = transactions.get(key);
        if (existing != null) {
            return CompletableFuture.completedFuture(Authorization.accepted());
        }
        int evseId = event.evseId() == null ? 1 : event.evseId();
        Place place = place(session.identity(), evseId);
        if (place == null) {
            LOG.warn(
                    "Transaction {} on unmapped EVSE {}/{}: not roamed",
                    event.transactionId(),
                    session.identity(),
                    evseId);
            return event.idToken() == null
                    ? CompletableFuture.completedFuture(Authorization.accepted())
                    : authorize(session, event.idToken());
        }
        PendingStart pending = matchPendingStart(session.identity(), evseId, event);
        CompletableFuture<AuthorizationInfo> auth;
        String authMethod;
        if (pending != null) {
            pending.timeout().cancel(false);
            Token t = pending.command().token();
            auth = CompletableFuture.completedFuture(AuthorizationInfo.builder()
                    .allowed(AllowedType.ALLOWED)
                    .token(t)
                    .build());
            authMethod = AuthMethod.COMMAND.value();
        } else if (event.idToken() != null) {
            auth = authorizeToken(session.identity(), evseId, event.idToken());
            authMethod = AuthMethod.WHITELIST.value();
        } else {
            auth = CompletableFuture.completedFuture(
                    AuthorizationInfo.builder().allowed(AllowedType.NOT_ALLOWED).build());
            authMethod = AuthMethod.WHITELIST.value();
        }
        return auth.thenApply(info -> {
            if (info.allowed() != AllowedType.ALLOWED) {
                return toOcpp(info);
            }
            ConnectorConfig connector = connector(place.evse(), event.connectorId());
            Tx tx = new Tx(
                    session.identity(),
                    event.transactionId(),
                    sessionId(session.identity(), event.transactionId()),
                    place,
                    connector,
                    cdrToken(info.token(), event.idToken()),
                    info.authorizationReference() != null && pending == null
                            ? AuthMethod.AUTH_REQUEST.value()
                            : authMethod,
                    pending != null ? pending.command().authorizationReference() : info.authorizationReference(),
                    event.timestamp());
            BigDecimal meterStart = event.meterStartWh() != null ? event.meterStartWh() : energyOf(event.samples());
            tx.timeline.add(
                    new MeterPoint(event.timestamp(), meterStart == null ? BigDecimal.ZERO : meterStart, null, null));
            if (transactions.putIfAbsent(key, tx) != null) {
                return Authorization.accepted();
            }
            sessionsById.put(tx.sessionId, tx);
            Session s;
            synchronized (tx) {
                s = sessionOf(tx, SessionStatus.ACTIVE, null);
            }
            inOrder("session:" + tx.sessionId, "PUT session " + tx.sessionId, () -> publisher.putSession(s));
            if (pending != null) {
                logFailure(
                        publisher.postCommandResult(
                                pending.command().responseUrl(), result(CommandResultType.ACCEPTED, null)),
                        "START_SESSION result");
            }
            return toOcpp(info);
        });
    }

    @Override
    public CompletionStage<@Nullable Authorization> transactionUpdated(OcppSession session, TransactionUpdated event) {
        seen(session);
        addSamples(session.identity(), event.transactionId(), event.samples());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> meterValues(OcppSession session, MeterValuesEvent event) {
        seen(session);
        // 1.6 MeterValues of a transaction arrive as transactionUpdated; these are connector-level readings
        return CompletableFuture.completedFuture(null);
    }

    private void addSamples(String identity, String transactionId, List<MeterSample> samples) {
        Tx tx = transactions.get(identity + "/" + transactionId);
        if (tx == null || samples.isEmpty()) {
            return;
        }
        SessionPatch patch;
        synchronized (tx) {
            if (tx.ended) {
                LOG.debug("Meter values after the end of transaction {} ignored", transactionId);
                return;
            }
            MeterPoint p = point(samples);
            if (p == null) {
                return;
            }
            MeterPoint last = tx.timeline.get(tx.timeline.size() - 1);
            if (!p.at().isAfter(last.at())) {
                return;
            }
            tx.timeline.add(p);
            patch = SessionPatch.builder()
                    .kwh(tx.kwh())
                    .lastUpdated(clock.instant())
                    .build();
        }
        inOrder(
                "session:" + tx.sessionId,
                "PATCH session " + tx.sessionId,
                () -> publisher.patchSession(config.countryCode(), config.partyId(), tx.sessionId, patch));
    }

    @Override
    public CompletionStage<@Nullable Authorization> transactionEnded(OcppSession session, TransactionEnded event) {
        seen(session);
        Tx tx = transactions.get(session.identity() + "/" + event.transactionId());
        if (tx == null) {
            return CompletableFuture.completedFuture(null);
        }
        Cdr cdr;
        SessionPatch patch;
        String stopUrl;
        synchronized (tx) {
            if (tx.ended) {
                LOG.debug("Repeated end of transaction {} ignored", event.transactionId());
                return CompletableFuture.completedFuture(null);
            }
            tx.ended = true;
            MeterPoint p = point(event.samples());
            BigDecimal stop = event.meterStopWh() != null ? event.meterStopWh() : p == null ? null : p.energyWh();
            MeterPoint last = tx.timeline.get(tx.timeline.size() - 1);
            BigDecimal endWh = stop != null ? stop : last.energyWh();
            Instant end = event.timestamp().isBefore(last.at()) ? last.at() : event.timestamp();
            if (end.isAfter(last.at()) || endWh.compareTo(last.energyWh()) != 0) {
                if (!end.isAfter(last.at())) {
                    tx.timeline.remove(tx.timeline.size() - 1);
                }
                tx.timeline.add(new MeterPoint(end, endWh, null, null));
            }
            Instant now = clock.instant();
            cdr = buildCdr(tx, end, now);
            patch = SessionPatch.builder()
                    .status(SessionStatus.COMPLETED)
                    .endDateTime(end)
                    .kwh(tx.kwh())
                    .totalCost(cdr.totalCost())
                    .lastUpdated(now)
                    .build();
            stopUrl = tx.stopResponseUrl;
            if (tx.stopTimeout != null) {
                tx.stopTimeout.cancel(false);
            }
        }
        inOrder(
                "session:" + tx.sessionId,
                "PATCH session " + tx.sessionId,
                () -> publisher.patchSession(config.countryCode(), config.partyId(), tx.sessionId, patch));
        if (cdrs.putIfAbsent(cdr.id(), cdr) == null) {
            inOrder("session:" + tx.sessionId, "POST CDR " + cdr.id(), () -> publisher.postCdr(cdr));
        }
        if (stopUrl != null) {
            logFailure(
                    publisher.postCommandResult(stopUrl, result(CommandResultType.ACCEPTED, null)),
                    "STOP_SESSION result");
        }
        return CompletableFuture.completedFuture(null);
    }

    // ------------------------------------------------------------------ OCPI commands

    /**
     * START_SESSION: a RemoteStart on the EVSE. The response says whether the station accepted the request; the result
     * ({@code ACCEPTED} when the transaction starts, else {@code TIMEOUT}) follows at the command's
     * {@code response_url}.
     */
    public CompletableFuture<CommandResponse> startSession(StartSession command) {
        Site site = site(command.locationId());
        if (site == null) {
            return response(CommandResponseType.REJECTED, "Unknown location");
        }
        EvseConfig evse = command.evseUid() == null
                ? (site.evses().size() == 1 ? site.evses().get(0) : null)
                : evseConfig(site, command.evseUid());
        if (evse == null) {
            return response(
                    CommandResponseType.REJECTED, command.evseUid() == null ? "An EVSE is required" : "Unknown EVSE");
        }
        OcppSession station = onlineStation(evse.stationIdentity());
        if (station == null) {
            return response(CommandResponseType.REJECTED, "The charging station is offline");
        }
        Token token = command.token();
        String uid = token == null || token.uid() == null ? "" : token.uid();
        int remoteStartId = remoteStartIds.getAndIncrement();
        ScheduledFuture<?> timeout = scheduler.schedule(
                () -> {
                    PendingStart p = pendingStarts.remove(remoteStartId);
                    if (p != null) {
                        logFailure(
                                publisher.postCommandResult(
                                        command.responseUrl(),
                                        result(CommandResultType.TIMEOUT, "No transaction started")),
                                "START_SESSION timeout");
                    }
                },
                config.commandResultTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
        pendingStarts.put(
                remoteStartId, new PendingStart(evse.stationIdentity(), evse.ocppEvseId(), uid, command, timeout));
        RemoteStart start = RemoteStart.builder()
                .evseId(evse.ocppEvseId())
                .idToken(new IdToken(uid, IdToken.TYPE_CENTRAL))
                .remoteStartId(remoteStartId)
                .build();
        return StationCommands.of(station).remoteStart(start).handle((r, e) -> {
            if (e != null || r.result().status() != CommandStatus.ACCEPTED) {
                PendingStart p = pendingStarts.remove(remoteStartId);
                if (p != null) {
                    p.timeout().cancel(false);
                }
                return commandResponse(
                        CommandResponseType.REJECTED,
                        e != null ? "The station did not answer" : "The station rejected the start");
            }
            return commandResponse(CommandResponseType.ACCEPTED, null);
        });
    }

    private @Nullable PendingStart matchPendingStart(String identity, int evseId, TransactionStarted event) {
        if (event.remoteStartId() != null) {
            return pendingStarts.remove(event.remoteStartId());
        }
        // OCPP 1.6 has no remoteStartId: match the station, EVSE and id tag
        for (Map.Entry<Integer, PendingStart> e : pendingStarts.entrySet()) {
            PendingStart p = e.getValue();
            if (p.stationIdentity().equals(identity)
                    && p.evseId() == evseId
                    && event.idToken() != null
                    && p.uid().equalsIgnoreCase(event.idToken().value())
                    && pendingStarts.remove(e.getKey(), p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * STOP_SESSION: a RemoteStop of the session's transaction. The result ({@code ACCEPTED} when the transaction ends,
     * else {@code TIMEOUT}) follows at the {@code response_url}.
     */
    public CompletableFuture<CommandResponse> stopSession(StopSession command) {
        Tx tx = command.sessionId() == null ? null : sessionsById.get(command.sessionId());
        if (tx == null) {
            return response(CommandResponseType.UNKNOWN_SESSION, "Unknown session");
        }
        synchronized (tx) {
            if (tx.ended) {
                return response(CommandResponseType.REJECTED, "The session has ended");
            }
        }
        OcppSession station = onlineStation(tx.stationIdentity);
        if (station == null) {
            return response(CommandResponseType.REJECTED, "The charging station is offline");
        }
        synchronized (tx) {
            tx.stopResponseUrl = command.responseUrl();
            tx.stopTimeout = scheduler.schedule(
                    () -> {
                        String url;
                        synchronized (tx) {
                            url = tx.ended ? null : tx.stopResponseUrl;
                            tx.stopResponseUrl = null;
                        }
                        if (url != null) {
                            logFailure(
                                    publisher.postCommandResult(
                                            url, result(CommandResultType.TIMEOUT, "The transaction did not end")),
                                    "STOP_SESSION timeout");
                        }
                    },
                    config.commandResultTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return StationCommands.of(station).remoteStop(tx.transactionId).handle((r, e) -> {
            if (e != null || r.status() != CommandStatus.ACCEPTED) {
                synchronized (tx) {
                    tx.stopResponseUrl = null;
                    if (tx.stopTimeout != null) {
                        tx.stopTimeout.cancel(false);
                    }
                }
                return commandResponse(
                        CommandResponseType.REJECTED,
                        e != null ? "The station did not answer" : "The station rejected the stop");
            }
            return commandResponse(CommandResponseType.ACCEPTED, null);
        });
    }

    /** RESERVE_NOW: a ReserveNow on the EVSE; the station's answer becomes the result. */
    public CompletableFuture<CommandResponse> reserveNow(ReserveNow command) {
        Site site = site(command.locationId());
        EvseConfig evse = site == null
                ? null
                : command.evseUid() == null ? site.evses().get(0) : evseConfig(site, command.evseUid());
        if (evse == null) {
            return response(CommandResponseType.REJECTED, site == null ? "Unknown location" : "Unknown EVSE");
        }
        OcppSession station = onlineStation(evse.stationIdentity());
        if (station == null) {
            return response(CommandResponseType.REJECTED, "The charging station is offline");
        }
        String uid = command.token() == null || command.token().uid() == null
                ? ""
                : command.token().uid();
        int id = reservationIdFor(command.reservationId());
        reservationStations.put(id, evse.stationIdentity());
        Reservation r = new Reservation(
                id,
                evse.ocppEvseId(),
                new IdToken(uid, IdToken.TYPE_CENTRAL),
                null,
                command.expiryDate() == null ? clock.instant().plus(Duration.ofMinutes(15)) : command.expiryDate(),
                null);
        forwardResult(StationCommands.of(station).reserveNow(r), command.responseUrl(), "RESERVE_NOW");
        return response(CommandResponseType.ACCEPTED, null);
    }

    /** CANCEL_RESERVATION: a CancelReservation; the station's answer becomes the result. */
    public CompletableFuture<CommandResponse> cancelReservation(CancelReservation command) {
        Integer id = reservationIds(command.reservationId());
        if (id == null) {
            return response(CommandResponseType.REJECTED, "Unknown reservation");
        }
        String identity = reservationStations.get(id);
        OcppSession station = identity == null ? null : onlineStation(identity);
        if (station == null) {
            return response(CommandResponseType.REJECTED, "The charging station is offline");
        }
        forwardResult(StationCommands.of(station).cancelReservation(id), command.responseUrl(), "CANCEL_RESERVATION");
        return response(CommandResponseType.ACCEPTED, null);
    }

    private final Map<String, Integer> reservationNumbers = new ConcurrentHashMap<>();
    private final Map<Integer, String> reservationStations = new ConcurrentHashMap<>();

    private int reservationIdFor(@Nullable String ocpiReservationId) {
        String key = ocpiReservationId == null ? UUID.randomUUID().toString() : ocpiReservationId;
        return reservationNumbers.computeIfAbsent(key, k -> reservationIds.getAndIncrement());
    }

    private @Nullable Integer reservationIds(@Nullable String ocpiReservationId) {
        return ocpiReservationId == null ? null : reservationNumbers.get(ocpiReservationId);
    }

    /** UNLOCK_CONNECTOR: an UnlockConnector; {@code Unlocked} is {@code ACCEPTED}, anything else {@code FAILED}. */
    public CompletableFuture<CommandResponse> unlockConnector(UnlockConnector command) {
        Site site = site(command.locationId());
        EvseConfig evse = site == null || command.evseUid() == null ? null : evseConfig(site, command.evseUid());
        if (evse == null) {
            return response(CommandResponseType.REJECTED, site == null ? "Unknown location" : "Unknown EVSE");
        }
        ConnectorConfig connector = evse.connectors().stream()
                .filter(c -> c.id().equals(command.connectorId()))
                .findFirst()
                .orElse(null);
        if (connector == null) {
            return response(CommandResponseType.REJECTED, "Unknown connector");
        }
        OcppSession station = onlineStation(evse.stationIdentity());
        if (station == null) {
            return response(CommandResponseType.REJECTED, "The charging station is offline");
        }
        forwardResult(
                StationCommands.of(station).unlock(evse.ocppEvseId(), connector.ocppConnectorId()),
                command.responseUrl(),
                "UNLOCK_CONNECTOR");
        return response(CommandResponseType.ACCEPTED, null);
    }

    private void forwardResult(
            CompletableFuture<dev.ocpkit.ocpp.neutral.CommandResult> call, @Nullable String responseUrl, String what) {
        call.orTimeout(config.commandResultTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> {
                    if (responseUrl == null) {
                        return;
                    }
                    CommandResult result;
                    if (e != null) {
                        result = result(CommandResultType.TIMEOUT, "The station did not answer");
                    } else if (r.status() == CommandStatus.ACCEPTED) {
                        result = result(CommandResultType.ACCEPTED, null);
                    } else if (r.status() == CommandStatus.NOT_SUPPORTED) {
                        result = result(CommandResultType.NOT_SUPPORTED, null);
                    } else if (r.rawStatus().equals("Occupied")) {
                        result = result(CommandResultType.EVSE_OCCUPIED, null);
                    } else if (r.rawStatus().equals("Faulted") || r.rawStatus().equals("Unavailable")) {
                        result = result(CommandResultType.EVSE_INOPERATIVE, null);
                    } else if (r.status() == CommandStatus.REJECTED) {
                        result = result(CommandResultType.REJECTED, null);
                    } else {
                        result = result(CommandResultType.FAILED, r.rawStatus());
                    }
                    logFailure(publisher.postCommandResult(responseUrl, result), what + " result");
                });
    }

    // ------------------------------------------------------------------ OCPI charging profiles

    /**
     * The id of the TxProfile that {@link #setChargingProfile} installs on OCPP EVSE {@code n}:
     * {@code CHARGING_PROFILE_ID_BASE + n}. A new profile for the same EVSE replaces the previous one, and
     * {@link #clearChargingProfile} clears exactly this profile.
     */
    public static final int CHARGING_PROFILE_ID_BASE = 800_000;

    /**
     * The stack level of the TxProfiles that {@link #setChargingProfile} installs. At the station a TxProfile of a
     * higher stack level overrules a lower one (it is not a minimum of both): a host that also runs a
     * {@link dev.ocpkit.ocpp.smartcharging.SiteLoadManager} on these stations and wants the site limit to prevail
     * over an eMSP's wishes gives the manager a higher stack level (its default, 0, lets the eMSP's profile win).
     * The levels must differ, since OCPP 1.6 replaces a TxProfile of the same stack level.
     */
    public static final int CHARGING_PROFILE_STACK_LEVEL = 1;

    /**
     * OCPI ChargingProfiles PUT (SetChargingProfile) from an eMSP or SCSP: installs the profile on the session's EVSE
     * as an OCPP TxProfile for the session's transaction (id {@link #CHARGING_PROFILE_ID_BASE} + the OCPP EVSE id,
     * stack level {@link #CHARGING_PROFILE_STACK_LEVEL}; kind Absolute from {@code start_date_time} when given,
     * otherwise Relative to the start of charging; {@code duration}, {@code charging_rate_unit},
     * {@code min_charging_rate} and the periods copied).
     *
     * <p>The response is synchronous: {@code UNKNOWN_SESSION} for a session this bridge does not know,
     * {@code REJECTED} for a session that has ended, a station that is offline, or a profile OCPP cannot carry (no
     * periods, a first period that does not start at 0, start periods not increasing, a unit other than A or W);
     * otherwise {@code ACCEPTED} with the result timeout ({@link BridgeConfig#commandResultTimeout()}, in seconds).
     * After {@code ACCEPTED}, a {@link ChargingProfileResult} follows at the {@code response_url} through
     * {@link EmspPublisher#postChargingProfileResult}: {@code ACCEPTED} when the station accepted the profile,
     * otherwise {@code REJECTED}, also when the station did not answer within the timeout (OCPI has no TIMEOUT
     * result for charging profiles).
     *
     * @param sessionId the OCPI session id (as {@link #sessionId(String, String)} made it)
     * @param request the profile and the {@code response_url}; a request without either is {@code REJECTED}
     * @return a future that completes normally with the response, without waiting for the station; never
     *     exceptionally
     * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_charging_profiles.asciidoc">OCPI 2.2.1 Charging
     *     Profiles module, Receiver PUT</a>
     */
    public CompletableFuture<ChargingProfileResponse> setChargingProfile(String sessionId, SetChargingProfile request) {
        Objects.requireNonNull(request, "request");
        String url = request.responseUrl();
        if (request.chargingProfile() == null || url == null) {
            return profileResponse(ChargingProfileResponseType.REJECTED);
        }
        return profileCall(
                sessionId,
                (station, tx) -> {
                    ChargingProfile profile = txProfile(tx, request.chargingProfile());
                    return StationCommands.of(station)
                            .setChargingProfile(tx.place.evse().ocppEvseId(), profile);
                },
                r -> publisher.postChargingProfileResult(
                        url, new ChargingProfileResult(profileResult(r).value())),
                "SetChargingProfile");
    }

    /**
     * OCPI ChargingProfiles GET (ActiveChargingProfile): asks the session's EVSE for its composite schedule over the
     * coming {@code duration} seconds (OCPP GetCompositeSchedule, unit left to the station).
     *
     * <p>The response is synchronous, as for {@link #setChargingProfile} (a {@code duration} below 1 is
     * {@code REJECTED}). After {@code ACCEPTED}, an {@link ActiveChargingProfileResult} follows at the
     * {@code response_url} through {@link EmspPublisher#postActiveChargingProfileResult}: {@code ACCEPTED} with the
     * profile ({@code start_date_time} the schedule's start, the schedule's duration, unit and periods, limits with
     * at most one decimal, rounded down) when the station answered with a schedule; {@code UNKNOWN} when it
     * accepted but sent no schedule; otherwise {@code REJECTED}, also when it did not answer in time.
     *
     * @param sessionId the OCPI session id
     * @param duration the length of the wanted profile, in seconds
     * @param responseUrl where the result goes
     * @return a future that completes normally with the response, without waiting for the station; never
     *     exceptionally
     * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_charging_profiles.asciidoc">OCPI 2.2.1 Charging
     *     Profiles module, Receiver GET</a>
     */
    public CompletableFuture<ChargingProfileResponse> getActiveChargingProfile(
            String sessionId, int duration, String responseUrl) {
        Objects.requireNonNull(responseUrl, "responseUrl");
        if (duration < 1) {
            return profileResponse(ChargingProfileResponseType.REJECTED);
        }
        return profileCall(
                sessionId,
                (station, tx) -> StationCommands.of(station)
                        .getCompositeSchedule(tx.place.evse().ocppEvseId(), Duration.ofSeconds(duration), null),
                r -> publisher.postActiveChargingProfileResult(responseUrl, activeResult(r)),
                "GetCompositeSchedule");
    }

    /**
     * OCPI ChargingProfiles DELETE (ClearProfile): clears the profile {@link #setChargingProfile} installed on the
     * session's EVSE (OCPP ClearChargingProfile by its id).
     *
     * <p>The response is synchronous, as for {@link #setChargingProfile}. After {@code ACCEPTED}, a
     * {@link ClearProfileResult} follows at the {@code response_url} through
     * {@link EmspPublisher#postClearProfileResult}: {@code ACCEPTED} when the station cleared it, {@code UNKNOWN}
     * when it had no such profile (OCPP {@code Unknown}), otherwise {@code REJECTED}, also when it did not answer
     * in time.
     *
     * @param sessionId the OCPI session id
     * @param responseUrl where the result goes
     * @return a future that completes normally with the response, without waiting for the station; never
     *     exceptionally
     * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_charging_profiles.asciidoc">OCPI 2.2.1 Charging
     *     Profiles module, Receiver DELETE</a>
     */
    public CompletableFuture<ChargingProfileResponse> clearChargingProfile(String sessionId, String responseUrl) {
        Objects.requireNonNull(responseUrl, "responseUrl");
        return profileCall(
                sessionId,
                (station, tx) -> StationCommands.of(station)
                        .clearChargingProfile(new ChargingProfileCriteria(
                                CHARGING_PROFILE_ID_BASE + tx.place.evse().ocppEvseId(), null, null, null)),
                r -> publisher.postClearProfileResult(
                        responseUrl, new ClearProfileResult(profileResult(r).value())),
                "ClearChargingProfile");
    }

    /** Sends an OCPP call for a session's EVSE. */
    @FunctionalInterface
    private interface ProfileCall<R> {
        CompletableFuture<R> start(OcppSession station, Tx tx);
    }

    /**
     * The common part of the three requests: finds the session, checks it runs and its station is online, starts
     * the call (a profile OCPP cannot carry makes it throw IllegalArgumentException: REJECTED), and posts the result
     * (the call's outcome, or {@code null} when it failed or timed out) when it completes.
     */
    private <R> CompletableFuture<ChargingProfileResponse> profileCall(
            String sessionId, ProfileCall<R> call, Function<@Nullable R, CompletableFuture<Void>> post, String what) {
        Objects.requireNonNull(sessionId, "sessionId");
        Tx tx = sessionsById.get(sessionId);
        if (tx == null) {
            return profileResponse(ChargingProfileResponseType.UNKNOWN_SESSION);
        }
        synchronized (tx) {
            if (tx.ended) {
                return profileResponse(ChargingProfileResponseType.REJECTED);
            }
        }
        OcppSession station = onlineStation(tx.stationIdentity);
        if (station == null) {
            return profileResponse(ChargingProfileResponseType.REJECTED);
        }
        CompletableFuture<R> f;
        try {
            f = call.start(station, tx);
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.debug("{} for session {} refused: {}", what, sessionId, e.getMessage());
            return profileResponse(ChargingProfileResponseType.REJECTED);
        }
        f.copy()
                .orTimeout(config.commandResultTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((r, e) -> {
                    if (e != null) {
                        LOG.debug("{} for session {}: no answer ({})", what, sessionId, e.toString());
                    }
                    return e != null ? null : r;
                })
                .thenAccept(r -> logFailure(post.apply(r), what + " result"));
        return profileResponse(ChargingProfileResponseType.ACCEPTED);
    }

    private ChargingProfile txProfile(Tx tx, dev.ocpkit.ocpi.model.v221.ChargingProfile p) {
        ChargingRateUnit unit = ChargingRateUnit.fromValue(p.chargingRateUnitAsString());
        if (unit != ChargingRateUnit.A && unit != ChargingRateUnit.W) {
            throw new IllegalArgumentException("charging_rate_unit must be A or W");
        }
        List<ChargingProfilePeriod> in = p.chargingProfilePeriod();
        if (in.isEmpty()) {
            throw new IllegalArgumentException("no charging_profile_period");
        }
        List<ChargingSchedulePeriod> periods = new ArrayList<>(in.size());
        int previous = -1;
        for (ChargingProfilePeriod period : in) {
            Integer start = period.startPeriod();
            BigDecimal limit = period.limit();
            if (start == null || limit == null || limit.signum() < 0) {
                throw new IllegalArgumentException("a period needs start_period and a limit of at least 0");
            }
            if (previous < 0 ? start != 0 : start <= previous) {
                throw new IllegalArgumentException("start_period must start at 0 and increase");
            }
            previous = start;
            periods.add(ChargingSchedulePeriod.of(start, limit, null));
        }
        if (p.duration() != null && p.duration() < 0) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        return ChargingProfile.builder()
                .id(CHARGING_PROFILE_ID_BASE + tx.place.evse().ocppEvseId())
                .stackLevel(CHARGING_PROFILE_STACK_LEVEL)
                .chargingProfilePurpose(ChargingProfilePurpose.TX_PROFILE)
                .chargingProfileKind(
                        p.startDateTime() != null ? ChargingProfileKind.ABSOLUTE : ChargingProfileKind.RELATIVE)
                .transactionId(tx.transactionId)
                .chargingSchedule(List.of(ChargingSchedule.builder()
                        .startSchedule(p.startDateTime())
                        .duration(p.duration())
                        .chargingRateUnit(unit)
                        .minChargingRate(p.minChargingRate())
                        .chargingSchedulePeriod(periods)
                        .build()))
                .build();
    }

    /** The OCPI result of a station's answer to SetChargingProfile or ClearChargingProfile; {@code null}: none. */
    private static ChargingProfileResultType profileResult(dev.ocpkit.ocpp.neutral.@Nullable CommandResult r) {
        if (r == null) {
            return ChargingProfileResultType.REJECTED;
        }
        if (r.status() == CommandStatus.ACCEPTED) {
            return ChargingProfileResultType.ACCEPTED;
        }
        return r.rawStatus().equals("Unknown") ? ChargingProfileResultType.UNKNOWN : ChargingProfileResultType.REJECTED;
    }

    private static ActiveChargingProfileResult activeResult(@Nullable CompositeScheduleResult r) {
        if (r == null || r.result().status() != CommandStatus.ACCEPTED) {
            return new ActiveChargingProfileResult(ChargingProfileResultType.REJECTED.value(), null);
        }
        CompositeSchedule s = r.schedule();
        if (s == null) {
            return new ActiveChargingProfileResult(ChargingProfileResultType.UNKNOWN.value(), null);
        }
        List<ChargingProfilePeriod> periods = new ArrayList<>();
        for (ChargingSchedulePeriod p : s.chargingSchedulePeriod()) {
            BigDecimal limit = p.limit();
            if (limit != null) {
                periods.add(new ChargingProfilePeriod(
                        p.startPeriod(), limit.scale() > 1 ? limit.setScale(1, RoundingMode.DOWN) : limit));
            }
        }
        dev.ocpkit.ocpi.model.v221.ChargingProfile profile = dev.ocpkit.ocpi.model.v221.ChargingProfile.builder()
                .startDateTime(s.scheduleStart())
                .duration(s.duration())
                .chargingRateUnitAsString(s.chargingRateUnit().value())
                .chargingProfilePeriod(periods)
                .build();
        return new ActiveChargingProfileResult(
                ChargingProfileResultType.ACCEPTED.value(), new ActiveChargingProfile(s.scheduleStart(), profile));
    }

    private CompletableFuture<ChargingProfileResponse> profileResponse(ChargingProfileResponseType type) {
        int timeout = (int) Math.max(1, config.commandResultTimeout().toSeconds());
        return CompletableFuture.completedFuture(new ChargingProfileResponse(type.value(), timeout));
    }

    // ------------------------------------------------------------------ building OCPI objects

    private Session sessionOf(Tx tx, SessionStatus status, @Nullable Instant end) {
        Tariff tariff = tariffOf(tx);
        return Session.builder()
                .countryCode(config.countryCode())
                .partyId(config.partyId())
                .id(tx.sessionId)
                .startDateTime(tx.start)
                .endDateTime(end)
                .kwh(tx.kwh())
                .cdrToken(tx.token)
                .authMethodAsString(tx.authMethod)
                .authorizationReference(tx.authorizationReference)
                .locationId(tx.place.site().location().id())
                .evseUid(tx.place.evse().evseUid())
                .connectorId(tx.connector.id())
                .currency(tariff == null ? "EUR" : tariff.currency())
                .status(status)
                .lastUpdated(clock.instant())
                .build();
    }

    private @Nullable Tariff tariffOf(Tx tx) {
        return tx.connector.tariffId() == null ? null : config.tariffs().get(tx.connector.tariffId());
    }

    private Cdr buildCdr(Tx tx, Instant end, Instant now) {
        Location loc = tx.place.site().location();
        Tariff tariff = tariffOf(tx);
        BigDecimal hours = BigDecimal.valueOf(Duration.between(tx.start, end).toSeconds())
                .divide(SECONDS_PER_HOUR, 6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        Cdr unpriced = Cdr.builder()
                .countryCode(config.countryCode())
                .partyId(config.partyId())
                .id(tx.sessionId)
                .startDateTime(tx.start)
                .endDateTime(end)
                .sessionId(tx.sessionId)
                .cdrToken(tx.token)
                .authMethodAsString(tx.authMethod)
                .authorizationReference(tx.authorizationReference)
                .cdrLocation(CdrLocation.builder()
                        .id(loc.id())
                        .name(loc.name())
                        .address(loc.address())
                        .city(loc.city())
                        .postalCode(loc.postalCode())
                        .state(loc.state())
                        .country(loc.country())
                        .coordinates(loc.coordinates())
                        .evseUid(tx.place.evse().evseUid())
                        .evseId(
                                tx.place.evse().evseId() == null
                                        ? tx.place.evse().evseUid()
                                        : tx.place.evse().evseId())
                        .connectorId(tx.connector.id())
                        .connectorStandard(tx.connector.standard())
                        .connectorFormat(tx.connector.format())
                        .connectorPowerType(tx.connector.powerType())
                        .build())
                .currency(tariff == null ? "EUR" : tariff.currency())
                .tariffs(tariff == null ? List.of() : List.of(tariff))
                .totalEnergy(tx.kwh())
                .totalTime(hours)
                .totalCost(new Price(BigDecimal.ZERO, BigDecimal.ZERO))
                .lastUpdated(now)
                .build();
        if (tariff == null) {
            return unpriced;
        }
        return pricer.price(unpriced, tariff, List.copyOf(tx.timeline), ZoneId.of(loc.timeZone()));
    }

    private static CdrToken cdrToken(@Nullable Token token, @Nullable IdToken idToken) {
        String uid = token != null && token.uid() != null ? token.uid() : idToken == null ? "UNKNOWN" : idToken.value();
        return CdrToken.builder()
                .countryCode(token == null ? null : token.countryCode())
                .partyId(token == null ? null : token.partyId())
                .uid(uid)
                .typeAsString(
                        token != null && token.typeAsString() != null ? token.typeAsString() : TokenType.RFID.value())
                .contractId(token != null && token.contractId() != null ? token.contractId() : uid)
                .build();
    }

    private Evse evse(EvseConfig e, Status status, @Nullable String physicalReference, Instant now) {
        List<Connector> connectors = new ArrayList<>();
        for (ConnectorConfig c : e.connectors()) {
            connectors.add(Connector.builder()
                    .id(c.id())
                    .standard(c.standard())
                    .format(c.format())
                    .powerType(c.powerType())
                    .maxVoltage(c.maxVoltage())
                    .maxAmperage(c.maxAmperage())
                    .tariffIds(c.tariffId() == null ? List.of() : List.of(c.tariffId()))
                    .lastUpdated(now)
                    .build());
        }
        return Evse.builder()
                .uid(e.evseUid())
                .evseId(e.evseId())
                .status(status)
                .capabilitiesAsString(
                        List.of("REMOTE_START_STOP_CAPABLE", "RESERVABLE", "UNLOCK_CAPABLE", "RFID_READER"))
                .connectors(connectors)
                .physicalReference(physicalReference)
                .lastUpdated(now)
                .build();
    }

    private static @Nullable MeterPoint point(List<MeterSample> samples) {
        BigDecimal energy = energyOf(samples);
        if (energy == null) {
            return null;
        }
        Instant at = null;
        BigDecimal power = null;
        BigDecimal current = null;
        for (MeterSample s : samples) {
            if (!s.isTotal()) {
                continue;
            }
            switch (s.measurand()) {
                case "Energy.Active.Import.Register" -> at = s.timestamp();
                case "Power.Active.Import" -> power = s.baseValue();
                case "Current.Import" -> current = s.baseValue();
                default -> {}
            }
        }
        return new MeterPoint(Objects.requireNonNull(at), energy, power, current);
    }

    private static @Nullable BigDecimal energyOf(List<MeterSample> samples) {
        for (MeterSample s : samples) {
            if (s.isTotal() && s.measurand().equals("Energy.Active.Import.Register")) {
                return s.baseValue();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ lookups

    private @Nullable Site site(@Nullable String locationId) {
        for (Site s : config.sites()) {
            if (s.location().id().equals(locationId)) {
                return s;
            }
        }
        return null;
    }

    private static @Nullable EvseConfig evseConfig(Site site, @Nullable String evseUid) {
        for (EvseConfig e : site.evses()) {
            if (e.evseUid().equals(evseUid)) {
                return e;
            }
        }
        return null;
    }

    private @Nullable Place place(String identity, int evseId) {
        for (Site s : config.sites()) {
            for (EvseConfig e : s.evses()) {
                if (e.stationIdentity().equals(identity) && e.ocppEvseId() == evseId) {
                    return new Place(s, e);
                }
            }
        }
        return null;
    }

    private static ConnectorConfig connector(EvseConfig evse, @Nullable Integer connectorId) {
        for (ConnectorConfig c : evse.connectors()) {
            if (connectorId != null && c.ocppConnectorId() == connectorId) {
                return c;
            }
        }
        return evse.connectors().get(0);
    }

    private @Nullable OcppSession onlineStation(String identity) {
        OcppSession s = stations.get(identity);
        return s != null && s.isOpen() ? s : null;
    }

    private static CompletableFuture<CommandResponse> response(CommandResponseType type, @Nullable String message) {
        return CompletableFuture.completedFuture(commandResponse(type, message));
    }

    private static CommandResponse commandResponse(CommandResponseType type, @Nullable String message) {
        return new CommandResponse(
                type.value(), 30, message == null ? List.of() : List.of(new DisplayText("en", message)));
    }

    private static CommandResult result(CommandResultType type, @Nullable String message) {
        return new CommandResult(type.value(), message == null ? List.of() : List.of(new DisplayText("en", message)));
    }

    /**
     * Sends one update to the eMSPs after every earlier update of the same object (lane) has been answered, so that a
     * receiver sees a Location's EVSE statuses, and a Session's PUT, PATCHes and CDR, in the order they happened: two
     * requests in flight at once may otherwise arrive swapped and leave the eMSP with a stale status. A failed update
     * is logged and does not hold back the next one.
     */
    private void inOrder(String lane, String what, Supplier<CompletableFuture<?>> call) {
        CompletableFuture<Void> next = new CompletableFuture<>();
        CompletableFuture<Void> previous = lanes.put(lane, next);
        CompletableFuture<?> after = previous == null ? CompletableFuture.completedFuture(null) : previous;
        after.whenComplete((x, ignored) -> {
            CompletableFuture<?> sent;
            try {
                sent = call.get();
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            sent.whenComplete((y, e) -> {
                if (e != null) {
                    LOG.warn("{} failed: {}", what, e.toString());
                }
                lanes.remove(lane, next);
                next.complete(null);
            });
        });
    }

    private static void logFailure(CompletableFuture<?> f, String what) {
        f.whenComplete((x, e) -> {
            if (e != null) {
                LOG.warn("{} failed: {}", what, e.toString());
            }
        });
    }
}
