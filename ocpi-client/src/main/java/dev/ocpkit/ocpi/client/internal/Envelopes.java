package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiHttpResponse;
import dev.ocpkit.ocpi.client.OcpiInvalidResponseException;
import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.model.OcpiEnvelope;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Decodes OCPI response envelopes: HTTP errors, missing or invalid {@code status_code}, error status codes, missing
 * data, and lists with some unreadable objects (those are skipped, as the specification advises).
 */
public final class Envelopes {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ocpkit.ocpi.client");
    private static final int MAX_MESSAGE = 300;

    private Envelopes() {}

    /**
     * A list's decoded objects.
     *
     * @param items the objects that could be read
     * @param skipped how many objects of the page could not be read
     */
    public record Items<T>(List<T> items, int skipped) {}

    /** A decoder for an envelope whose {@code data} is one object (required or not). */
    public static <T> Decoder<@Nullable T> object(
            OcpiJson json, Class<T> type, boolean required, String operation, String secret) {
        return (response, requestId) -> {
            byte[] body = successBody(json, response, requestId, operation, secret);
            OcpiEnvelope<T> env;
            try {
                env = json.readEnvelope(body, type);
            } catch (OcpiParseException e) {
                throw fallback(json, body, response, requestId, operation, secret, e);
            }
            checkStatus(env.statusCode(), env.statusMessage(), response, requestId, operation, secret);
            if (required && env.data() == null) {
                throw new OcpiInvalidResponseException(
                        response.statusCode(),
                        operation + ": the response has no data, X-Request-ID " + requestId,
                        requestId);
            }
            return env.data();
        };
    }

    /** A decoder for an envelope without meaningful data: only the status matters. */
    public static Decoder<@Nullable Void> none(OcpiJson json, String operation, String secret) {
        Decoder<@Nullable JsonNode> d = object(json, JsonNode.class, false, operation, secret);
        return (response, requestId) -> {
            d.decode(response, requestId);
            return null;
        };
    }

    /** A decoder for an envelope whose {@code data} is a list; unreadable objects are skipped and counted. */
    public static <T> Decoder<Items<T>> list(OcpiJson json, Class<T> type, String operation, String secret) {
        return (response, requestId) -> {
            byte[] body = successBody(json, response, requestId, operation, secret);
            OcpiEnvelope<List<T>> env;
            try {
                env = json.readEnvelopeList(body, type);
            } catch (OcpiParseException e) {
                JsonNode tree = treeOrThrow(json, body, requestId, e);
                JsonNode code = checkEnvelopeTree(tree, response, requestId, operation, secret);
                checkStatus(code.asInt(), text(tree.get("status_message")), response, requestId, operation, secret);
                JsonNode data = tree.get("data");
                if (data == null || data.isNull()) {
                    return new Items<>(List.of(), 0);
                }
                if (!data.isArray()) {
                    throw withRequest(e, requestId);
                }
                List<T> items = new ArrayList<>(data.size());
                int skipped = 0;
                for (int i = 0; i < data.size(); i++) {
                    try {
                        items.add(json.treeToValue(data.get(i), type));
                    } catch (OcpiParseException pe) {
                        skipped++;
                        LOG.warn(
                                "OCPI {}: skipped object $.data[{}] of the response ({}), X-Request-ID {}",
                                operation,
                                i,
                                pe.getMessage(),
                                requestId);
                    }
                }
                return new Items<>(items, skipped);
            }
            checkStatus(env.statusCode(), env.statusMessage(), response, requestId, operation, secret);
            List<T> data = env.data();
            return new Items<>(data == null ? List.of() : data, 0);
        };
    }

    /** Throws for HTTP errors and empty bodies; returns the body of a 2xx response. */
    static byte[] successBody(
            OcpiJson json, OcpiHttpResponse response, String requestId, String operation, String secret) {
        if (!response.isSuccessful()) {
            throw errorResponse(json, response, requestId, operation, secret);
        }
        byte[] body = response.body();
        if (isBlank(body)) {
            throw new OcpiInvalidResponseException(
                    response.statusCode(),
                    operation + ": HTTP " + response.statusCode() + " without a response envelope, X-Request-ID "
                            + requestId,
                    requestId);
        }
        return body;
    }

    /** The exception for a non-2xx response, with the envelope's status code when the body holds one. */
    public static OcpiException errorResponse(
            OcpiJson json, OcpiHttpResponse response, String requestId, String operation, String secret) {
        int http = response.statusCode();
        int derived =
                http >= 400 && http < 500 ? OcpiStatusCode.CLIENT_ERROR.code() : OcpiStatusCode.SERVER_ERROR.code();
        byte[] body = response.body();
        if (!isBlank(body)) {
            try {
                JsonNode tree = json.readTree(body);
                JsonNode code = tree.isObject() ? tree.get("status_code") : null;
                if (code != null && code.canConvertToInt() && code.isNumber()) {
                    int c = code.asInt();
                    String message = redact(text(tree.get("status_message")), secret);
                    if (c >= 2000 && c < 5000) {
                        return new OcpiStatusException(c, http, message, true, operation, requestId);
                    }
                    return new OcpiStatusException(derived, http, message, true, operation, requestId);
                }
            } catch (OcpiParseException e) {
                // not JSON: an error page
            }
        }
        return new OcpiStatusException(derived, http, null, false, operation, requestId);
    }

    private static void checkStatus(
            int code,
            @Nullable String message,
            OcpiHttpResponse response,
            String requestId,
            String operation,
            String secret) {
        if (code < 1000 || code >= 5000) {
            throw new OcpiInvalidResponseException(
                    response.statusCode(),
                    operation + ": the response envelope has no valid status_code, X-Request-ID " + requestId,
                    requestId);
        }
        if (!OcpiStatusCode.isSuccess(code)) {
            throw new OcpiStatusException(
                    code, response.statusCode(), redact(message, secret), true, operation, requestId);
        }
    }

    private static OcpiException fallback(
            OcpiJson json,
            byte[] body,
            OcpiHttpResponse response,
            String requestId,
            String operation,
            String secret,
            OcpiParseException original) {
        JsonNode tree = treeOrThrow(json, body, requestId, original);
        JsonNode code = checkEnvelopeTree(tree, response, requestId, operation, secret);
        try {
            checkStatus(code.asInt(), text(tree.get("status_message")), response, requestId, operation, secret);
        } catch (OcpiException e) {
            return e;
        }
        return withRequest(original, requestId);
    }

    private static JsonNode treeOrThrow(OcpiJson json, byte[] body, String requestId, OcpiParseException original) {
        try {
            return json.readTree(body);
        } catch (OcpiParseException notJson) {
            throw withRequest(notJson, requestId);
        }
    }

    /** Checks the tree is an envelope with an integer status_code; returns that node. */
    private static JsonNode checkEnvelopeTree(
            JsonNode tree, OcpiHttpResponse response, String requestId, String operation, String secret) {
        if (!tree.isObject()) {
            throw new OcpiInvalidResponseException(
                    response.statusCode(),
                    operation + ": the response is not a response envelope, X-Request-ID " + requestId,
                    requestId);
        }
        JsonNode code = tree.get("status_code");
        if (code == null || !code.isIntegralNumber() || !code.canConvertToInt()) {
            throw new OcpiInvalidResponseException(
                    response.statusCode(),
                    operation + ": the response envelope has no integer status_code, X-Request-ID " + requestId,
                    requestId);
        }
        return code;
    }

    static OcpiParseException withRequest(OcpiParseException e, String requestId) {
        return new OcpiParseException(e.path(), e.reason() + " (response to X-Request-ID " + requestId + ")", e);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }

    /** {@code message} without the secret (raw or Base64) and cut to a reasonable length. */
    static @Nullable String redact(@Nullable String message, String secret) {
        if (message == null) {
            return null;
        }
        String m = message;
        if (!secret.isEmpty()) {
            m = m.replace(secret, "<redacted>");
            m = m.replace(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)), "<redacted>");
        }
        return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "..." : m;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
