package dev.ocpkit.ocpp;

import java.util.Optional;

/**
 * The OCPP-J protocol versions ocpkit speaks, each with the WebSocket subprotocol name that negotiates it.
 *
 * @since 0.1
 */
public enum OcppVersion {
    /** OCPP 1.6 JSON (OCPP-J 1.6), subprotocol {@code ocpp1.6}. */
    V16("ocpp1.6", "1.6"),
    /** OCPP 2.0.1, subprotocol {@code ocpp2.0.1}. */
    V201("ocpp2.0.1", "2.0.1"),
    /** OCPP 2.1, subprotocol {@code ocpp2.1}. */
    V21("ocpp2.1", "2.1");

    private final String subprotocol;
    private final String label;

    OcppVersion(String subprotocol, String label) {
        this.subprotocol = subprotocol;
        this.label = label;
    }

    /** The WebSocket subprotocol token, e.g. {@code ocpp1.6}. */
    public String subprotocol() {
        return subprotocol;
    }

    /** The version as people write it, e.g. {@code 2.0.1}. */
    public String label() {
        return label;
    }

    /** Whether this is OCPP 2.0.1 or later (2.x error code spellings, TransactionEvent, device model). */
    public boolean isTwoX() {
        return this != V16;
    }

    /**
     * Finds the version for a subprotocol token (case-insensitive).
     *
     * @return the version, or empty when the token names no version ocpkit speaks
     */
    public static Optional<OcppVersion> fromSubprotocol(String token) {
        for (OcppVersion v : values()) {
            if (v.subprotocol.equalsIgnoreCase(token)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a version as written on a command line: {@code 1.6}, {@code 2.0.1}, {@code 2.1} or the subprotocol
     * token.
     *
     * @throws IllegalArgumentException when the text names no supported version
     */
    public static OcppVersion parse(String text) {
        String t = text.trim();
        for (OcppVersion v : values()) {
            if (v.label.equalsIgnoreCase(t) || v.subprotocol.equalsIgnoreCase(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown OCPP version '" + text + "'; expected 1.6, 2.0.1 or 2.1");
    }
}
