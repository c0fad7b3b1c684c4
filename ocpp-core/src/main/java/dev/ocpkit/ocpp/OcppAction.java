package dev.ocpkit.ocpp;

import java.util.Objects;

/**
 * One OCPP action of one protocol version: its name as it travels in a CALL frame, its request and response
 * payload types, and who may send it.
 *
 * <p>The generated classes {@code Ocpp16Actions}, {@code Ocpp201Actions} and {@code Ocpp21Actions} hold one
 * constant per action. Instances are immutable and compared by identity of (version, name).
 *
 * @param <Q> request payload type
 * @param <S> response payload type ({@link NoResponse} for 2.1 SEND messages)
 * @since 0.1
 */
public final class OcppAction<Q extends OcppRequest<S>, S extends OcppResponse> {
    private final OcppVersion version;
    private final String name;
    private final Class<Q> requestType;
    private final Class<S> responseType;
    private final Direction direction;
    private final boolean send;

    private OcppAction(
            OcppVersion version,
            String name,
            Class<Q> requestType,
            Class<S> responseType,
            Direction direction,
            boolean send) {
        this.version = Objects.requireNonNull(version, "version");
        this.name = Objects.requireNonNull(name, "name");
        this.requestType = Objects.requireNonNull(requestType, "requestType");
        this.responseType = Objects.requireNonNull(responseType, "responseType");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.send = send;
    }

    /** Defines a request/response action (RPC CALL answered by CALLRESULT or CALLERROR). */
    public static <Q extends OcppRequest<S>, S extends OcppResponse> OcppAction<Q, S> call(
            OcppVersion version, String name, Class<Q> requestType, Class<S> responseType, Direction direction) {
        return new OcppAction<>(version, name, requestType, responseType, direction, false);
    }

    /** Defines an OCPP 2.1 SEND action (RPC message type 6): fire and forget, never answered. */
    public static <Q extends OcppRequest<NoResponse>> OcppAction<Q, NoResponse> send(
            OcppVersion version, String name, Class<Q> requestType, Direction direction) {
        return new OcppAction<>(version, name, requestType, NoResponse.class, direction, true);
    }

    /** The protocol version that defines this action. */
    public OcppVersion version() {
        return version;
    }

    /** The action name as written in a CALL frame, e.g. {@code BootNotification}. */
    public String name() {
        return name;
    }

    /** The request payload record type. */
    public Class<Q> requestType() {
        return requestType;
    }

    /** The response payload record type; {@link NoResponse} for SEND actions. */
    public Class<S> responseType() {
        return responseType;
    }

    /** Who may initiate this action. */
    public Direction direction() {
        return direction;
    }

    /** Whether this is an OCPP 2.1 SEND action (message type 6) that gets no reply. */
    public boolean isSend() {
        return send;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OcppAction<?, ?> a && a.version == version && a.name.equals(name);
    }

    @Override
    public int hashCode() {
        return version.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return version.label() + " " + name;
    }
}
