package dev.ocpkit.ocpp;

/**
 * What a handler knows about the incoming CALL it processes.
 *
 * @param session the connection the CALL arrived on; handlers may send calls back through it
 * @param messageId the CALL's message id
 * @param action the action
 * @since 0.1
 */
public record OcppCallContext(OcppSession session, String messageId, OcppAction<?, ?> action) {
    /** Shortcut for {@code session().identity()}. */
    public String identity() {
        return session.identity();
    }

    /** Shortcut for {@code session().version()}. */
    public OcppVersion version() {
        return session.version();
    }
}
