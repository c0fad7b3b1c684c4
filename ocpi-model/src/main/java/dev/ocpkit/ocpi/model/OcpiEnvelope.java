package dev.ocpkit.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI response format that wraps every response body (identical in 2.1.1, 2.2.1 and 2.3.0).
 *
 * @param data the payload: an object, a list, or {@code null}
 * @param statusCode the OCPI status code (1xxx success, 2xxx client error, 3xxx server error, 4xxx hub error)
 * @param statusMessage an optional human-readable message
 * @param timestamp when the response was generated
 * @param <T> the payload type
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#response-format">OCPI 2.2.1,
 *     Response format</a>
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcpiEnvelope<T>(
        @JsonProperty("data") @Nullable T data,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") @Nullable String statusMessage,
        @JsonProperty("timestamp") @Nullable Instant timestamp) {

    /** A 1000 success envelope around {@code data}. */
    public static <T> OcpiEnvelope<T> success(@Nullable T data, Instant timestamp) {
        return new OcpiEnvelope<>(data, OcpiStatusCode.SUCCESS.code(), OcpiStatusCode.SUCCESS.description(), timestamp);
    }

    /** An error envelope without data. */
    public static <T> OcpiEnvelope<T> error(OcpiStatusCode code, @Nullable String message, Instant timestamp) {
        return new OcpiEnvelope<>(null, code.code(), message == null ? code.description() : message, timestamp);
    }

    /** Whether {@link #statusCode()} is a 1xxx success code. */
    @JsonIgnore
    public boolean isSuccess() {
        return OcpiStatusCode.isSuccess(statusCode);
    }

    /** The status code as a constant; {@code null} for a code outside the specification. */
    public @Nullable OcpiStatusCode status() {
        return OcpiStatusCode.of(statusCode);
    }
}
