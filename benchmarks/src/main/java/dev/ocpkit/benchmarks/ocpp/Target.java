package dev.ocpkit.benchmarks.ocpp;

import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.RegistrationStatus;
import dev.ocpkit.ocpp.v201.AuthorizationStatusEnum;
import dev.ocpkit.ocpp.v201.IdTokenInfo;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v201.RegistrationStatusEnum;
import dev.ocpkit.ocpp.v201.TransactionEventResponse;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.JSONServer;
import eu.chargetime.ocpp.ServerEvents;
import eu.chargetime.ocpp.feature.profile.ServerCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ServerCoreProfile;
import eu.chargetime.ocpp.model.SessionInformation;
import eu.chargetime.ocpp.model.core.AuthorizationStatus;
import eu.chargetime.ocpp.model.core.AuthorizeConfirmation;
import eu.chargetime.ocpp.model.core.AuthorizeRequest;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.DataTransferStatus;
import eu.chargetime.ocpp.model.core.HeartbeatConfirmation;
import eu.chargetime.ocpp.model.core.HeartbeatRequest;
import eu.chargetime.ocpp.model.core.IdTagInfo;
import eu.chargetime.ocpp.model.core.MeterValuesConfirmation;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.StartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationConfirmation;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import eu.chargetime.ocpp.model.core.StopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A CSMS under load, listening on 127.0.0.1. */
interface Target extends AutoCloseable {
    String HOST = "127.0.0.1";

    /** The short name printed in the tables. */
    String name();

    /** The port it listens on. */
    int port();

    /** Stops it. */
    @Override
    void close();

    /** Open connections as the server counts them, or -1 when it cannot tell. */
    default int connections() {
        return -1;
    }

    /**
     * ocpkit's {@link CsmsServer} with default {@link dev.ocpkit.ocpp.OcppOptions} (strict validation of both
     * directions, the shared handler pool) and handlers that answer with typed responses.
     */
    static Target ocpkit(CsmsServer.Transport transport) {
        return ocpkit(transport, OcppOptions.defaults(), "");
    }

    /**
     * The same with the given options; {@code suffix} is appended to the name (e.g. {@code -direct} for handlers run
     * on the decoding thread, a diagnostic variant that shows what the hop to the handler pool costs).
     */
    static Target ocpkit(CsmsServer.Transport transport, OcppOptions options, String suffix) {
        OcppHandlers handlers = OcppHandlers.builder()
                .on(
                        Ocpp16Actions.BOOT_NOTIFICATION,
                        (ctx, req) -> new dev.ocpkit.ocpp.v16.BootNotificationResponse(
                                RegistrationStatus.ACCEPTED, Instant.now(), 300))
                .on(Ocpp16Actions.HEARTBEAT, (ctx, req) -> new dev.ocpkit.ocpp.v16.HeartbeatResponse(Instant.now()))
                .on(
                        Ocpp16Actions.STATUS_NOTIFICATION,
                        (ctx, req) -> new dev.ocpkit.ocpp.v16.StatusNotificationResponse())
                .on(Ocpp16Actions.METER_VALUES, (ctx, req) -> new dev.ocpkit.ocpp.v16.MeterValuesResponse())
                .on(
                        Ocpp201Actions.BOOT_NOTIFICATION,
                        (ctx, req) -> new dev.ocpkit.ocpp.v201.BootNotificationResponse(
                                Instant.now(), 300, RegistrationStatusEnum.ACCEPTED, null))
                .on(Ocpp201Actions.HEARTBEAT, (ctx, req) -> new dev.ocpkit.ocpp.v201.HeartbeatResponse(Instant.now()))
                .on(
                        Ocpp201Actions.TRANSACTION_EVENT,
                        (ctx, req) -> req.idToken() == null
                                ? TransactionEventResponse.builder().build()
                                : TransactionEventResponse.builder()
                                        .idTokenInfo(IdTokenInfo.builder()
                                                .status(AuthorizationStatusEnum.ACCEPTED)
                                                .build())
                                        .build())
                .build();
        CsmsServer server = CsmsServer.builder()
                .host(HOST)
                .port(0)
                .versions(OcppVersion.V201, OcppVersion.V16)
                .transport(transport)
                .options(options)
                .handlers(handlers)
                .build()
                .start();
        String name = (transport == CsmsServer.Transport.NETTY ? "ocpkit-netty" : "ocpkit-jws") + suffix;
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int port() {
                return server.port();
            }

            @Override
            public int connections() {
                return server.stations().size();
            }

            @Override
            public void close() {
                server.stop();
            }
        };
    }

    /** The do-nothing Java-WebSocket server with pre-built replies. */
    static Target ceiling() throws InterruptedException {
        CeilingServer server = new CeilingServer(
                        new InetSocketAddress(HOST, 0), Runtime.getRuntime().availableProcessors())
                .startAndWait();
        return new Target() {
            @Override
            public String name() {
                return "ceiling-jws";
            }

            @Override
            public int port() {
                return server.getPort();
            }

            @Override
            public int connections() {
                return server.getConnections().size();
            }

            @Override
            public void close() {
                try {
                    server.stop(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /**
     * Java-OCA-OCPP 1.1.0's OCPP 1.6 JSON server with its defaults (4 Java-WebSocket workers), TCP_NODELAY on as for
     * the other targets, and a core profile whose handlers answer every station-initiated Core call.
     */
    static Target javaOcaOcpp() throws IOException, InterruptedException {
        AtomicInteger sessions = new AtomicInteger();
        ServerCoreEventHandler handler = new ServerCoreEventHandler() {
            @Override
            public AuthorizeConfirmation handleAuthorizeRequest(UUID session, AuthorizeRequest request) {
                return new AuthorizeConfirmation(new IdTagInfo(AuthorizationStatus.Accepted));
            }

            @Override
            public BootNotificationConfirmation handleBootNotificationRequest(
                    UUID session, BootNotificationRequest request) {
                return new BootNotificationConfirmation(
                        ZonedDateTime.now(ZoneOffset.UTC),
                        300,
                        eu.chargetime.ocpp.model.core.RegistrationStatus.Accepted);
            }

            @Override
            public DataTransferConfirmation handleDataTransferRequest(UUID session, DataTransferRequest request) {
                return new DataTransferConfirmation(DataTransferStatus.Accepted);
            }

            @Override
            public HeartbeatConfirmation handleHeartbeatRequest(UUID session, HeartbeatRequest request) {
                return new HeartbeatConfirmation(ZonedDateTime.now(ZoneOffset.UTC));
            }

            @Override
            public MeterValuesConfirmation handleMeterValuesRequest(UUID session, MeterValuesRequest request) {
                return new MeterValuesConfirmation();
            }

            @Override
            public StartTransactionConfirmation handleStartTransactionRequest(
                    UUID session, StartTransactionRequest request) {
                return new StartTransactionConfirmation(new IdTagInfo(AuthorizationStatus.Accepted), 1);
            }

            @Override
            public StatusNotificationConfirmation handleStatusNotificationRequest(
                    UUID session, StatusNotificationRequest request) {
                return new StatusNotificationConfirmation();
            }

            @Override
            public StopTransactionConfirmation handleStopTransactionRequest(
                    UUID session, StopTransactionRequest request) {
                return new StopTransactionConfirmation();
            }
        };
        JSONConfiguration config = JSONConfiguration.get().setParameter(JSONConfiguration.TCP_NO_DELAY_PARAMETER, true);
        JSONServer server = new JSONServer(new ServerCoreProfile(handler), config);
        int port = freePort();
        server.open(HOST, port, new ServerEvents() {
            @Override
            public void authenticateSession(SessionInformation information, String username, byte[] password) {
                // every station may connect, as for the other targets
            }

            @Override
            public void newSession(UUID session, SessionInformation information) {
                sessions.incrementAndGet();
            }

            @Override
            public void lostSession(UUID session) {
                sessions.decrementAndGet();
            }
        });
        awaitListening(port);
        return new Target() {
            @Override
            public String name() {
                return "java-oca-ocpp";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public int connections() {
                return sessions.get();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            try (Socket s = new Socket(HOST, port)) {
                if (s.isConnected()) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port);
    }
}
