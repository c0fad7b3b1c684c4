package dev.ocpkit.ocpp.neutral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.internal.json.OcppJson;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shared 2.x shapes bind to and from the generated 2.0.1 and 2.1 payloads. */
class X2Test {
    static final OcppJson JSON = OcppJson.defaults();

    static final String EVENT =
            """
            {"eventType":"Updated","timestamp":"2026-01-01T10:00:00Z","triggerReason":"MeterValuePeriodic",
             "seqNo":3,"offline":true,"transactionInfo":{"transactionId":"tx-1","chargingState":"Charging",
             "customData":{"vendorId":"v"}},"evse":{"id":2,"connectorId":1},
             "idToken":{"idToken":"AB12","type":"ISO14443"},
             "meterValue":[{"timestamp":"2026-01-01T10:00:00Z","sampledValue":[{"value":12.5,
               "measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"kWh","multiplier":0}}]}]}
            """;

    @Test
    void generated201Event_readsAsTheSharedShape() {
        var typed = JSON.treeToValue(JSON.readTree(EVENT), dev.ocpkit.ocpp.v201.TransactionEventRequest.class);
        X2.TransactionEventRequest shape = X2.from(typed, X2.TransactionEventRequest.class);
        assertThat(shape.eventType()).isEqualTo("Updated");
        assertThat(shape.seqNo()).isEqualTo(3);
        assertThat(shape.offline()).isTrue();
        assertThat(shape.transactionInfo().transactionId()).isEqualTo("tx-1");
        assertThat(shape.transactionInfo().chargingState()).isEqualTo("Charging");
        assertThat(shape.evse()).isEqualTo(new X2.Evse(2, 1));
        assertThat(shape.idToken()).isEqualTo(new X2.IdToken("AB12", "ISO14443"));
        assertThat(shape.meterValue()).singleElement().satisfies(mv -> {
            assertThat(mv.timestamp()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
            assertThat(mv.sampledValue().get(0).value()).isEqualByComparingTo("12.5");
            assertThat(mv.sampledValue().get(0).unitOfMeasure()).isEqualTo(new X2.UnitOfMeasure("kWh", 0));
        });
    }

    @Test
    void sharedShape_becomesThe21RequestOfTheSameJson_withoutTheFieldsItDoesNotCarry() {
        var typed = JSON.treeToValue(JSON.readTree(EVENT), dev.ocpkit.ocpp.v201.TransactionEventRequest.class);
        X2.TransactionEventRequest shape = X2.from(typed, X2.TransactionEventRequest.class);
        dev.ocpkit.ocpp.v21.TransactionEventRequest v21 = X2.request(Ocpp21Actions.TRANSACTION_EVENT, shape);
        assertThat(v21.seqNo()).isEqualTo(3);
        assertThat(v21.idToken().type()).isEqualTo("ISO14443");
        assertThat(v21.transactionInfo().chargingState()).isEqualTo(dev.ocpkit.ocpp.v21.ChargingStateEnum.CHARGING);
        assertThat(v21.transactionInfo().customData()).isNull();
        assertThat(v21.meterValue().get(0).sampledValue().get(0).value()).isEqualByComparingTo(new BigDecimal("12.5"));
        // and back into 2.0.1: the same tree except customData
        var back = X2.request(Ocpp201Actions.TRANSACTION_EVENT, X2.from(v21, X2.TransactionEventRequest.class));
        var expected = JSON.readTree(EVENT);
        ((tools.jackson.databind.node.ObjectNode) expected.get("transactionInfo")).remove("customData");
        assertThat(JSON.valueToTree(back)).isEqualTo(expected);
    }

    @Test
    void emptyShape_isTheEmptyResponse() {
        dev.ocpkit.ocpp.v201.StatusNotificationResponse r =
                X2.response(Ocpp201Actions.STATUS_NOTIFICATION, new X2.Empty());
        assertThat(JSON.write(r)).isEqualTo("{}");
    }
}
