package dev.ocpkit.ocpp;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records which CSMS node holds the WebSocket of each station, so that a multi-node deployment can route a call
 * to the node that can send it. A single-node CSMS needs nothing but the in-memory default.
 *
 * <p>Implementations must be thread-safe; calls happen on socket threads, so keep them fast (e.g. write to a shared
 * store asynchronously).
 *
 * @since 0.1
 */
public interface SessionRegistry {
    /** A station connected to a node. */
    void register(String identity, String nodeId);

    /** A station's connection on a node closed (ignore it when another node registered it since). */
    void unregister(String identity, String nodeId);

    /** The node that holds the station's connection, if any. */
    Optional<String> nodeOf(String identity);

    /** A registry in this JVM's memory. */
    static SessionRegistry inMemory() {
        ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
        return new SessionRegistry() {
            @Override
            public void register(String identity, String nodeId) {
                map.put(identity, nodeId);
            }

            @Override
            public void unregister(String identity, String nodeId) {
                map.remove(identity, nodeId);
            }

            @Override
            public Optional<String> nodeOf(String identity) {
                return Optional.ofNullable(map.get(identity));
            }
        };
    }
}
