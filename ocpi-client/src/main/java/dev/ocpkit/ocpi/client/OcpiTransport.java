package dev.ocpkit.ocpi.client;

import java.util.concurrent.CompletableFuture;

/**
 * The HTTP layer of the OCPI client: sends one request and delivers the whole response, asynchronously. ocpkit ships
 * {@link OkHttpOcpiTransport} (the default) and {@link JdkHttpOcpiTransport} (no dependency beyond the JDK); a host
 * can plug in its own (for a proxy, metrics or a test double).
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>{@link #send} never throws: every failure completes the returned future exceptionally, with an
 *       {@link OcpiTransportException} (I/O error, timeout, response body over the limit);
 *   <li>the future always completes: the implementation enforces {@link OcpiHttpRequest#timeout()} over the whole
 *       exchange, including a response body that never ends;
 *   <li>the response body is read completely but never beyond the configured maximum (see
 *       {@link TransportOptions#maxResponseBytes()}), so a hostile server cannot exhaust memory;
 *   <li>cancelling the returned future aborts the exchange;
 *   <li>the request's headers are sent as given; the implementation never logs the {@code Authorization} header.
 * </ul>
 *
 * <p>Implementations are thread-safe and reuse connections between requests.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc">OCPI 2.2.1, Transport and
 *     format</a>
 * @since 0.1
 */
public interface OcpiTransport extends AutoCloseable {
    /**
     * Sends a request.
     *
     * @param request the request; not {@code null}
     * @return a future that completes normally with the response (whatever its HTTP status), or exceptionally with an
     *     {@link OcpiTransportException} when no complete response could be read; callable from any thread
     */
    CompletableFuture<OcpiHttpResponse> send(OcpiHttpRequest request);

    /**
     * Releases connections and threads this transport owns; requests already sent may fail. The default does
     * nothing.
     */
    @Override
    default void close() {}
}
