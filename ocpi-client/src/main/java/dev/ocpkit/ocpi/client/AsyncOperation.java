package dev.ocpkit.ocpi.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An OCPI request whose outcome arrives later at a {@code response_url}: commands ({@code CommandResponse} now,
 * {@code CommandResult} later) and charging profiles ({@code ChargingProfileResponse} now, the result later).
 *
 * <p>The client creates the {@code response_url} through {@link AsyncResults} before sending the request; the server
 * module serves it and completes {@link #result()} when the partner posts the result.
 *
 * @param response the partner's immediate answer
 * @param accepted whether the partner accepted the request, so that a result will follow
 * @param responseUrl the {@code response_url} sent to the partner
 * @param requestId the {@code X-Request-ID} of the request
 * @param result completes normally with the partner's result; exceptionally with
 *     {@link java.util.concurrent.TimeoutException} when none arrives in time (see
 *     {@code OcpiClient.Builder#asyncResultTimeout}), or with {@link OcpiRejectedException} when the request was not
 *     accepted
 * @param <R> the immediate response type
 * @param <T> the result type
 * @since 0.1
 */
public record AsyncOperation<R, T>(
        R response, boolean accepted, String responseUrl, String requestId, CompletableFuture<T> result) {
    /** Requires every component. */
    public AsyncOperation {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(responseUrl, "responseUrl");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(result, "result");
    }
}
