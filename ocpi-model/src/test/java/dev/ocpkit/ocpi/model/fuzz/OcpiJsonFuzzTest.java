package dev.ocpkit.ocpi.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiValidator;
import dev.ocpkit.ocpi.model.Violation;
import java.util.List;

/**
 * Fuzzes OCPI JSON parsing and validation of each version: any input either parses (and then validates and
 * re-serialises without an exception) or fails with an {@link OcpiParseException}; nothing else may escape.
 *
 * <p>The normal build replays the regression inputs in {@code src/test/resources/dev/ocpkit/ocpi/model/fuzz/
 * OcpiJsonFuzzTestInputs}; fuzz one target for real with {@code JAZZER_FUZZ=1 JAZZER_DISABLED_HOOKS=
 * com.code_intelligence.jazzer.sanitizers.RegexRoadblocks ./mvnw -pl ocpi-model test -Dtest=OcpiJsonFuzzTest#ocpi221}
 * (until 10 million executions or 60 minutes; see docs/reliability.md).
 */
class OcpiJsonFuzzTest {
    private static final List<Class<?>> V221 = List.of(
            dev.ocpkit.ocpi.model.v221.Location.class,
            dev.ocpkit.ocpi.model.v221.Session.class,
            dev.ocpkit.ocpi.model.v221.Cdr.class,
            dev.ocpkit.ocpi.model.v221.Tariff.class,
            dev.ocpkit.ocpi.model.v221.Token.class,
            dev.ocpkit.ocpi.model.v221.LocationPatch.class);
    private static final List<Class<?>> V230 = List.of(
            dev.ocpkit.ocpi.model.v230.Location.class,
            dev.ocpkit.ocpi.model.v230.Cdr.class,
            dev.ocpkit.ocpi.model.v230.Tariff.class,
            dev.ocpkit.ocpi.model.v230.Terminal.class,
            dev.ocpkit.ocpi.model.v230.Booking.class,
            dev.ocpkit.ocpi.model.v230.EvsePatch.class);
    private static final List<Class<?>> V211 = List.of(
            dev.ocpkit.ocpi.model.v211.Location.class,
            dev.ocpkit.ocpi.model.v211.Session.class,
            dev.ocpkit.ocpi.model.v211.Cdr.class,
            dev.ocpkit.ocpi.model.v211.Tariff.class,
            dev.ocpkit.ocpi.model.v211.Token.class);

    private static void check(OcpiJson json, List<Class<?>> types, byte[] input) {
        for (Class<?> type : types) {
            Object value;
            try {
                value = json.read(input, type);
            } catch (OcpiParseException expected) {
                if (expected.path() == null || !expected.path().startsWith("$")) {
                    throw new AssertionError("parse error without a JSON path: " + expected.getMessage());
                }
                continue;
            }
            List<Violation> violations = OcpiValidator.validate(value);
            for (Violation v : violations) {
                if (!v.path().startsWith("$")) {
                    throw new AssertionError("violation without a JSON path: " + v);
                }
            }
            json.read(json.writeBytes(value), type);
        }
        try {
            json.readEnvelopeList(input, types.get(0));
        } catch (OcpiParseException expected) {
            // the only allowed failure
        }
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    void ocpi221(byte[] input) {
        check(OcpiJson.v221(), V221, input);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    void ocpi230(byte[] input) {
        check(OcpiJson.v230(), V230, input);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    void ocpi211(byte[] input) {
        check(OcpiJson.v211(), V211, input);
    }
}
