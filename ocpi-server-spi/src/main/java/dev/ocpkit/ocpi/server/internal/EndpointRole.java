package dev.ocpkit.ocpi.server.internal;

import java.util.Locale;

/** The interface role of a bound module (OCPI 2.2+ {@code InterfaceRole}; 2.1.1 derives it from the party role). */
public enum EndpointRole {
    SENDER,
    RECEIVER;

    /** The URL segment, {@code sender} or {@code receiver}. */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }
}
