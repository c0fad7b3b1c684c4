package dev.ocpkit.ocpp.v21;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.Direction;
import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.NoResponse;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import dev.ocpkit.ocpp.internal.schema.Decoding;
import dev.ocpkit.ocpp.internal.schema.ProtocolCatalog;
import dev.ocpkit.ocpp.internal.schema.ViolationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCPP 2.1's SEND message (RPC type 6) and a new 2.1 action. */
class Ocpp21SendTest {
    @Test
    void notifyPeriodicEventStream_isASendActionWithoutResponseSchema() {
        assertThat(Ocpp21Actions.NOTIFY_PERIODIC_EVENT_STREAM.isSend()).isTrue();
        assertThat(Ocpp21Actions.NOTIFY_PERIODIC_EVENT_STREAM.responseType()).isEqualTo(NoResponse.class);
        assertThat(Ocpp21Actions.NOTIFY_PERIODIC_EVENT_STREAM.direction()).isEqualTo(Direction.STATION_TO_CSMS);
        assertThat(ProtocolCatalog.of(OcppVersion.V21).responseSchema(Ocpp21Actions.NOTIFY_PERIODIC_EVENT_STREAM))
                .isNull();
        assertThat(Ocpp21Actions.all().stream().filter(a -> a.isSend())).hasSize(1);
    }

    @Test
    void notifyPeriodicEventStream_bindsAndWritesBack() {
        String json = "{'id':3,'pending':0,'basetime':'2025-01-01T00:00:00Z','data':[{'t':0.5,'v':'230.1'}]}";
        var out = Decoding.request(Ocpp21Actions.NOTIFY_PERIODIC_EVENT_STREAM, json, InputTolerance.STRICT);
        assertThat(out.result().errors()).isEmpty();
        NotifyPeriodicEventStream expected = new NotifyPeriodicEventStream(
                List.of(new StreamDataElement(new BigDecimal("0.5"), "230.1")),
                3,
                0,
                Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(out.value()).isEqualTo(expected);
        assertThat(out.value().action()).isSameAs(Ocpp21Actions.NOTIFY_PERIODIC_EVENT_STREAM);
        assertThat(OcppJson.defaults().readTree(OcppJson.defaults().write(expected)))
                .isEqualTo(OcppJson.defaults().readTree(json.replace('\'', '"')));
    }

    @Test
    void notifyPeriodicEventStream_emptyDataAndNegativeId_areViolations() {
        String json = "{'id':-1,'pending':0,'basetime':'2025-01-01T00:00:00Z','data':[]}";
        var out = Decoding.request(Ocpp21Actions.NOTIFY_PERIODIC_EVENT_STREAM, json, InputTolerance.LENIENT);
        assertThat(out.result().errors())
                .extracting(v -> v.kind())
                .containsExactlyInAnyOrder(ViolationKind.TOO_FEW_ITEMS, ViolationKind.MINIMUM);
    }
}
