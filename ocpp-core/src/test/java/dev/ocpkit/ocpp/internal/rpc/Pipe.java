package dev.ocpkit.ocpp.internal.rpc;

import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.OcppWebSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Two RPC endpoints joined by an in-memory "socket" with one I/O thread per direction. */
final class Pipe implements AutoCloseable {
    final ExecutorService toCsms = Executors.newSingleThreadExecutor(r -> new Thread(r, "io-to-csms"));
    final ExecutorService toStation = Executors.newSingleThreadExecutor(r -> new Thread(r, "io-to-station"));
    final List<String> stationToCsms = new CopyOnWriteArrayList<>();
    final List<String> csmsToStation = new CopyOnWriteArrayList<>();
    final RpcEndpoint csms;
    final RpcEndpoint station;

    Pipe(OcppHandlers csmsHandlers, OcppHandlers stationHandlers, OcppOptions options) {
        RpcEndpoint[] eps = new RpcEndpoint[2];
        OcppWebSocket csmsSocket = new OcppWebSocket() {
            @Override
            public void sendText(String text) {
                csmsToStation.add(text);
                toStation.execute(() -> eps[1].onText(text));
            }

            @Override
            public void close(int code, String reason) {
                toStation.execute(() -> eps[1].onClosed(code, reason));
            }
        };
        OcppWebSocket stationSocket = new OcppWebSocket() {
            @Override
            public void sendText(String text) {
                stationToCsms.add(text);
                toCsms.execute(() -> eps[0].onText(text));
            }

            @Override
            public void close(int code, String reason) {
                toCsms.execute(() -> eps[0].onClosed(code, reason));
            }
        };
        csms = new RpcEndpoint(
                csmsSocket, OcppRole.CSMS, OcppVersion.V16, "CP-1", csmsHandlers, options, TestActions.codec());
        station = new RpcEndpoint(
                stationSocket,
                OcppRole.STATION,
                OcppVersion.V16,
                "CP-1",
                stationHandlers,
                options,
                TestActions.codec());
        eps[0] = csms;
        eps[1] = station;
    }

    @Override
    public void close() throws InterruptedException {
        toCsms.shutdown();
        toStation.shutdown();
        toCsms.awaitTermination(5, TimeUnit.SECONDS);
        toStation.awaitTermination(5, TimeUnit.SECONDS);
    }
}
