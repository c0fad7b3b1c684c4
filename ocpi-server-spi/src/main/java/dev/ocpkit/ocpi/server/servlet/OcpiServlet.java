package dev.ocpkit.ocpi.server.servlet;

import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.OcpiRequest;
import dev.ocpkit.ocpi.server.OcpiResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A servlet that hands every request to an {@link OcpiDispatcher}. Map it so that it receives the dispatcher's
 * versions URL and everything under its base path (e.g. {@code /ocpi/*}); the dispatcher matches the full request
 * URI, context path included, against the public URLs of its {@link dev.ocpkit.ocpi.client.LocalParty}.
 *
 * <p>For Spring Boot: {@code new ServletRegistrationBean<>(new OcpiServlet(dispatcher), "/ocpi/*")}. The request body
 * is passed as a stream and read only after authentication. Thread-safe.
 *
 * @since 0.1
 */
public class OcpiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient OcpiDispatcher dispatcher;

    /** @param dispatcher the dispatcher to call */
    public OcpiServlet(OcpiDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Enumeration<String> names = req.getHeaderNames();
        if (names != null) {
            for (String name : Collections.list(names)) {
                headers.put(name, Collections.list(req.getHeaders(name)));
            }
        }
        OcpiResponse response = dispatcher.handle(new OcpiRequest(
                req.getMethod(),
                req.getRequestURI(),
                req.getQueryString(),
                headers,
                req.getInputStream(),
                req.getContentLengthLong()));
        resp.setStatus(response.status());
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            resp.setHeader(h.getKey(), h.getValue());
        }
        byte[] body = response.body();
        resp.setContentLength(body.length);
        if (body.length > 0) {
            resp.getOutputStream().write(body);
        }
    }
}
