package dev.ocpkit.ocpi.server.jdk;

import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.ocpi.server.AdapterContract;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The JDK adapter over real HTTP on 127.0.0.1. */
class OcpiHttpHandlerTest extends AdapterContract {
    private HttpServer server;
    private ExecutorService executor;
    private String base;

    @BeforeEach
    void start() throws Exception {
        executor = Executors.newFixedThreadPool(4);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", new OcpiHttpHandler(fixture.dispatcher(base)));
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    protected String base() {
        return base;
    }
}
