package dev.ocpkit.ocpp.internal.rpc;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppVersion;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** JSON parsing, schema validation and binding of payloads for one protocol version. */
public interface PayloadCodec {
    OcppVersion version();

    /** The action of this version with that name, or null. */
    @Nullable
    OcppAction<?, ?> action(String name);

    /** Parses a whole frame. */
    JsonNode parseFrame(String text) throws FrameSyntaxException;

    /** Validates (with tolerance) and binds an incoming payload. */
    Decoded decode(OcppAction<?, ?> action, boolean request, JsonNode payload, InputTolerance tolerance);

    /** Serialises (and, when asked, validates strictly) an outgoing payload to its JSON text. */
    Encoded encode(OcppAction<?, ?> action, boolean request, Object payload, boolean validate);

    /** A JSON object node as plain Java maps and lists. */
    Map<String, Object> toPlain(JsonNode objectNode);

    /** Serialises a plain value (maps, lists, strings, numbers) to JSON text. */
    String writePlain(Object value);

    /** The outcome of decoding an incoming payload. */
    record Decoded(
            @Nullable Object value, List<String> warnings, @Nullable CallErrorCode errorCode, List<String> errors) {
        static Decoded ok(Object value, List<String> warnings) {
            return new Decoded(value, warnings, null, List.of());
        }

        static Decoded invalid(CallErrorCode code, List<String> errors) {
            return new Decoded(null, List.of(), code, errors);
        }

        boolean isOk() {
            return errorCode == null;
        }
    }

    /** The outcome of encoding an outgoing payload. */
    record Encoded(@Nullable String json, @Nullable CallErrorCode errorCode, List<String> errors) {
        static Encoded ok(String json) {
            return new Encoded(json, null, List.of());
        }

        static Encoded invalid(CallErrorCode code, List<String> errors) {
            return new Encoded(null, code, errors);
        }

        boolean isOk() {
            return errorCode == null;
        }
    }

    /** The frame is not JSON (or exceeds the parser's bounds). */
    final class FrameSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        public FrameSyntaxException(String message) {
            super(message, null, false, false);
        }
    }
}
