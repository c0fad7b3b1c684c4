package dev.ocpkit.ocpp;

/**
 * Any typed OCPP message body: a request, a response or a 2.1 SEND payload.
 *
 * <p>Implemented by the generated message records only.
 *
 * @since 0.1
 */
public interface OcppPayload {}
