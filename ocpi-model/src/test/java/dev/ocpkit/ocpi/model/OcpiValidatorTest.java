package dev.ocpkit.ocpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ocpkit.ocpi.model.Violation.Kind;
import dev.ocpkit.ocpi.model.v221.Connector;
import dev.ocpkit.ocpi.model.v221.ConnectorFormat;
import dev.ocpkit.ocpi.model.v221.ConnectorPatch;
import dev.ocpkit.ocpi.model.v221.ConnectorType;
import dev.ocpkit.ocpi.model.v221.Evse;
import dev.ocpkit.ocpi.model.v221.PowerType;
import dev.ocpkit.ocpi.model.v221.Status;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcpiValidatorTest {
    private static final Instant T = Instant.parse("2020-01-01T00:00:00Z");

    private static Connector.Builder connector() {
        return Connector.builder()
                .id("1")
                .standard(ConnectorType.IEC_62196_T2)
                .format(ConnectorFormat.SOCKET)
                .powerType(PowerType.AC_3_PHASE)
                .maxVoltage(230)
                .maxAmperage(16)
                .lastUpdated(T);
    }

    @Test
    void validConnector_hasNoViolations() {
        assertThat(OcpiValidator.validate(connector().build())).isEmpty();
    }

    @Test
    void everyViolation_isReportedWithItsJsonPath() {
        Connector bad = connector()
                .maxVoltage(null)
                .tariffIds(List.of("ok", "x".repeat(37)))
                .id("é")
                .build();
        Evse evse = Evse.builder()
                .uid("E1")
                .status(Status.AVAILABLE)
                .connectors(List.of(connector().build(), bad))
                .build();
        assertThat(OcpiValidator.validate(evse))
                .extracting(Violation::path, Violation::kind)
                .containsExactly(
                        tuple("$.connectors[1].id", Kind.NOT_ASCII),
                        tuple("$.connectors[1].max_voltage", Kind.REQUIRED),
                        tuple("$.connectors[1].tariff_ids[1]", Kind.TOO_LONG),
                        tuple("$.last_updated", Kind.REQUIRED));
    }

    @Test
    void requiredNonEmptyList_mustHoldAnElement() {
        Evse evse =
                Evse.builder().uid("E1").status(Status.AVAILABLE).lastUpdated(T).build();
        assertThat(OcpiValidator.validate(evse))
                .extracting(Violation::path, Violation::kind)
                .containsExactly(tuple("$.connectors", Kind.EMPTY_LIST));
    }

    @Test
    void nullListElement_isReported() {
        Evse evse = Evse.builder()
                .uid("E1")
                .status(Status.AVAILABLE)
                .connectors(Arrays.asList(connector().build(), null))
                .lastUpdated(T)
                .build();
        assertThat(OcpiValidator.validate(evse))
                .extracting(Violation::path, Violation::kind)
                .containsExactly(tuple("$.connectors[1]", Kind.NULL_ELEMENT));
    }

    @Test
    void listOfObjects_getsIndexedRootPaths() {
        List<Connector> list = List.of(connector().build(), connector().id(null).build());
        assertThat(OcpiValidator.validate(list)).extracting(Violation::path).containsExactly("$[1].id");
    }

    @Test
    void patch_checksOnlyPresentFields_andRequiresLastUpdated() {
        ConnectorPatch noLastUpdated = ConnectorPatch.builder().maxAmperage(32).build();
        assertThat(OcpiValidator.validate(noLastUpdated))
                .extracting(Violation::path, Violation::kind)
                .containsExactly(tuple("$.last_updated", Kind.PATCH_REQUIRED));

        ConnectorPatch clearsRequired = ConnectorPatch.builder()
                .maxAmperage(null)
                .formatAsString("PLUG")
                .lastUpdated(T)
                .build();
        assertThat(OcpiValidator.validate(clearsRequired))
                .extracting(Violation::path, Violation::kind)
                .containsExactly(tuple("$.format", Kind.ENUM_VALUE), tuple("$.max_amperage", Kind.REQUIRED));

        assertThat(OcpiValidator.validate(ConnectorPatch.builder()
                        .maxElectricPower(null)
                        .lastUpdated(T)
                        .build()))
                .as("clearing an optional field is allowed")
                .isEmpty();
    }

    @Test
    void requireValid_throwsWithEveryError() {
        Connector bad = connector().id(null).maxAmperage(null).build();
        assertThatThrownBy(() -> OcpiValidator.requireValid(bad))
                .isInstanceOfSatisfying(OcpiValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(2);
                    assertThat(e.statusCode()).isEqualTo(2001);
                })
                .hasMessageContaining("$.id: required field is missing");
    }
}
