package dev.ocpkit.ocpp.internal.server;

/** A WebSocket server that feeds a {@link CsmsCore}. */
public interface CsmsTransport {
    /** Binds and starts; returns once listening. Throws on bind failure. */
    void start() throws Exception;

    /** The bound port. */
    int port();

    /** Stops accepting, closes every connection. */
    void stop();
}
