package dev.ocpkit.ocpi.server.servlet;

import dev.ocpkit.ocpi.server.AdapterContract;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The servlet adapter in Jetty 12 (EE10, Servlet 6) over real HTTP on 127.0.0.1, mapped at {@code /ocpi/*}. */
class OcpiServletTest extends AdapterContract {
    private Server server;
    private ServerConnector connector;
    private ServletContextHandler context;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        context = new ServletContextHandler();
        context.setContextPath("/");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
        context.addServlet(new ServletHolder(new OcpiServlet(fixture.dispatcher(base))), "/ocpi/*");
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Override
    protected String base() {
        return base;
    }
}
