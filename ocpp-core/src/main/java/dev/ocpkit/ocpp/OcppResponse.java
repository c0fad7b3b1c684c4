package dev.ocpkit.ocpp;

/**
 * The payload of a CALLRESULT.
 *
 * @since 0.1
 */
public interface OcppResponse extends OcppPayload {}
