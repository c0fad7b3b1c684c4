package dev.ocpkit.ocpp;

/**
 * The "response" type of OCPP 2.1 SEND messages (RPC message type 6), which the peer never answers.
 *
 * @since 0.1
 */
public enum NoResponse implements OcppResponse {
    /** The only value. */
    INSTANCE
}
