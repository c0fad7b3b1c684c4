package dev.ocpkit.ocpp.internal.rpc;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ocpkit.ocpp.Direction;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.OcppVersion;
import java.util.List;
import java.util.Objects;

/** Hand-made actions that exercise the RPC engine without the generated OCPP types. */
final class TestActions {
    private TestActions() {}

    record PingRequest(@JsonProperty("n") Integer n) implements OcppRequest<PingResponse> {
        PingRequest {
            Objects.requireNonNull(n, "n");
        }

        @Override
        public OcppAction<PingRequest, PingResponse> action() {
            return PING;
        }
    }

    record PingResponse(@JsonProperty("n") Integer n) implements OcppResponse {
        PingResponse {
            Objects.requireNonNull(n, "n");
        }
    }

    record ResetRequest(@JsonProperty("type") String type) implements OcppRequest<PingResponse> {
        @Override
        public OcppAction<ResetRequest, PingResponse> action() {
            return CSMS_ONLY;
        }
    }

    static final OcppAction<PingRequest, PingResponse> PING =
            OcppAction.call(OcppVersion.V16, "Ping", PingRequest.class, PingResponse.class, Direction.BOTH);
    static final OcppAction<ResetRequest, PingResponse> CSMS_ONLY = OcppAction.call(
            OcppVersion.V16, "CsmsOnly", ResetRequest.class, PingResponse.class, Direction.CSMS_TO_STATION);

    record UnhandledRequest(@JsonProperty("n") Integer n) implements OcppRequest<PingResponse> {
        @Override
        public OcppAction<UnhandledRequest, PingResponse> action() {
            return UNHANDLED;
        }
    }

    static final OcppAction<UnhandledRequest, PingResponse> UNHANDLED =
            OcppAction.call(OcppVersion.V16, "Unhandled", UnhandledRequest.class, PingResponse.class, Direction.BOTH);

    static SchemaPayloadCodec codec() {
        return SchemaPayloadCodec.withoutSchemas(OcppVersion.V16, List.of(PING, CSMS_ONLY, UNHANDLED));
    }
}
