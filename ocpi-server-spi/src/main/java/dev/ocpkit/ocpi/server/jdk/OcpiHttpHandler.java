package dev.ocpkit.ocpi.server.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.OcpiRequest;
import dev.ocpkit.ocpi.server.OcpiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * A JDK {@link HttpHandler} that hands every exchange to an {@link OcpiDispatcher}. Mount it at the context that
 * contains the dispatcher's versions URL (usually {@code /}), or use {@link #start}.
 *
 * <p>The request body is passed as a stream: the dispatcher reads it only after authentication and refuses an
 * oversized one without buffering it. Thread-safe.
 *
 * @since 0.1
 */
public final class OcpiHttpHandler implements HttpHandler {
    /** The most of an unread request body that is drained before answering (an oversized PUT is answered 413). */
    static final long MAX_DRAIN = 16L * 1024 * 1024;

    private final OcpiDispatcher dispatcher;

    /** @param dispatcher the dispatcher to call */
    public OcpiHttpHandler(OcpiDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    /**
     * Starts a JDK HTTP server on {@code address} with this handler at {@code /}.
     *
     * @param executor runs the exchanges; {@code null} for the server's default (one thread). Owned by the caller.
     * @return the started server; stop it with {@link HttpServer#stop(int)}
     * @throws IOException when the address cannot be bound
     */
    public static HttpServer start(OcpiDispatcher dispatcher, InetSocketAddress address, @Nullable Executor executor)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", new OcpiHttpHandler(dispatcher));
        server.setExecutor(executor);
        server.start();
        return server;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            OcpiRequest request = new OcpiRequest(
                    exchange.getRequestMethod(),
                    uri.getRawPath() == null ? "/" : uri.getRawPath(),
                    uri.getRawQuery(),
                    exchange.getRequestHeaders(),
                    exchange.getRequestBody(),
                    contentLength(exchange.getRequestHeaders().getFirst("Content-Length")));
            OcpiResponse response = dispatcher.handle(request);
            if (!drain(exchange.getRequestBody())) {
                // the client is still sending more than we are willing to read: answer and drop the connection
                exchange.getResponseHeaders().set("Connection", "close");
            }
            for (Map.Entry<String, String> h : response.headers().entrySet()) {
                exchange.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /**
     * Reads what is left of the request body (up to {@link #MAX_DRAIN} bytes) so that the client, still
     * writing an oversized or unread body, is not reset before it reads our answer.
     *
     * @return whether the body was read to its end
     */
    private static boolean drain(InputStream body) {
        try {
            if (body.read() < 0) {
                return true; // the usual case (a GET, or a body the dispatcher read): no buffer needed
            }
        } catch (IOException e) {
            return false;
        }
        byte[] buffer = new byte[64 * 1024];
        long left = MAX_DRAIN - 1;
        try {
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
            return left > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static long contentLength(@Nullable String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
