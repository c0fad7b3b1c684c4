package dev.ocpkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest
    @CsvSource({
        "Energy.Active.Import.Register, ENERGY_ACTIVE_IMPORT_REGISTER",
        "L1-N, L1_N",
        "Get15118EVCertificate, GET_15118EV_CERTIFICATE",
        "BootNotification, BOOT_NOTIFICATION",
        "AFRRSignal, AFRR_SIGNAL",
        "V2GCertificate, V2G_CERTIFICATE",
        "kWh, K_WH",
        "SoC, SOC",
        "s309-1P-16A, S309_1P_16A",
        "AC_single_phase, AC_SINGLE_PHASE",
        "EVConnected, EV_CONNECTED",
        "Celcius, CELCIUS",
        "2Phase, V_2_PHASE"
    })
    void constant_makesReadableUpperSnakeNames(String value, String expected) {
        assertThat(Names.constant(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"IdTagInfo, idTagInfo", "EVSE, evse", "EVSEType, evseType", "X, x"})
    void lowerFirst_lowersLeadingAcronyms(String in, String out) {
        assertThat(Names.lowerFirst(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"default, default_", "class, class_", "hashCode, hashCode_", "idTag, idTag", "EVSE, EVSE"})
    void member_avoidsReservedWords(String in, String out) {
        assertThat(Names.member(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"FirmwareType, Firmware", "HashAlgorithmEnumType, HashAlgorithmEnum", "Type, Type", "Foo, Foo"})
    void fromDefinition_dropsTheTypeSuffix(String in, String out) {
        assertThat(Names.fromDefinition(in)).isEqualTo(out);
    }
}
