package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.PartnerQuirks.TokenEncoding;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One logical OCPI request, before headers are added.
 *
 * @param method HTTP method
 * @param url the absolute URL
 * @param body the JSON body, or {@code null}
 * @param operation a label for messages and logs, without identifiers, e.g. {@code PUT locations}
 * @param auth how to authenticate
 * @param headers routing headers and the like
 * @param correlationId the X-Correlation-ID shared by every attempt
 */
public record Call(
        String method,
        String url,
        byte @Nullable [] body,
        String operation,
        Auth auth,
        Map<String, String> headers,
        String correlationId) {

    /** Requires everything but the body. */
    public Call {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(correlationId, "correlationId");
        headers = Map.copyOf(headers);
    }

    /** GET, PUT, PATCH and DELETE are retried; POST never is. */
    public boolean idempotent() {
        return !method.equals("POST");
    }

    /**
     * The credentials token and how to encode it.
     *
     * @param token the raw token
     * @param encoding the partner's token encoding
     * @param version the OCPI version of the endpoint, or {@code null} when unknown (versions endpoint)
     */
    public record Auth(String token, TokenEncoding encoding, @Nullable OcpiVersion version) {
        /** Requires token and encoding. */
        public Auth {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(encoding, "encoding");
        }

        @Override
        public String toString() {
            return "Auth[token=<redacted>, encoding=" + encoding + ", version=" + version + "]";
        }
    }
}
