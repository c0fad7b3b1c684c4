package dev.ocpkit.ocpp.internal.schema;

import java.util.Objects;

/**
 * One place where a payload breaks its schema.
 *
 * @param kind what is wrong (and so which CALLERROR code answers it)
 * @param path RFC 6901 JSON pointer of the offending value ({@code ""} is the payload itself), e.g.
 *     {@code /meterValue/0/sampledValue/1/unit}; for a missing property the pointer of that property
 * @param message short description, without the offending value when that may be long
 */
public record SchemaViolation(ViolationKind kind, String path, String message) {
    public SchemaViolation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code "path: message"} ({@code "(payload): message"} at the root). */
    public String describe() {
        return (path.isEmpty() ? "(payload)" : path) + ": " + message;
    }

    @Override
    public String toString() {
        return kind + " " + describe();
    }
}
