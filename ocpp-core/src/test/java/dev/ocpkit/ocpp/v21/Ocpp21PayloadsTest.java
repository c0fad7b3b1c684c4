package dev.ocpkit.ocpp.v21;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.schema.PayloadRoundTrip;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Ocpp21PayloadsTest {
    static List<Arguments> cases() {
        return PayloadRoundTrip.cases(OcppVersion.V21);
    }

    @ParameterizedTest(name = "{0} request={1} maximal={2}")
    @MethodSource("cases")
    void everyPayload_validatesBindsAndRoundTrips(String action, boolean request, boolean max) {
        Object bound = PayloadRoundTrip.check(OcppVersion.V21, action, request, max);
        if (bound instanceof OcppRequest<?> r) {
            assertThat(r.action().name()).isEqualTo(action);
            assertThat(Ocpp21Actions.byName(action)).containsSame(r.action());
        }
    }
}
