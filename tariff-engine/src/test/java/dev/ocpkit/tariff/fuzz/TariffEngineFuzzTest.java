package dev.ocpkit.tariff.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the tariff engine with arbitrary Tariff and CDR JSON of OCPI 2.2.1, 2.1.1 and 2.3.0. The input is text: a
 * first line naming the version ({@code 2.1.1}, {@code 2.3.0}, anything else is 2.2.1), then the tariff JSON, a line
 * {@code %%}, and the CDR JSON. Both are read with {@code OcpiJson} of the version (input that does not parse, an
 * {@code OcpiParseException}, is not a tariff and is skipped), then priced in Europe/Berlin.
 *
 * <p>Oracle: pricing returns a {@code PricedSession} or throws a {@code TariffException}; nothing else (no
 * {@code ArithmeticException}, {@code NullPointerException}, {@code DateTimeException}, hang or OutOfMemoryError). A
 * priced session has a total cost, an explanation, and can be written into the CDR.
 *
 * <p>The normal build replays the regression inputs in {@code src/test/resources/dev/ocpkit/tariff/fuzz/
 * TariffEngineFuzzTestInputs/price/}; fuzz for real with {@code JAZZER_FUZZ=1 JAZZER_DISABLED_HOOKS=
 * com.code_intelligence.jazzer.sanitizers.RegexRoadblocks ./mvnw -pl tariff-engine test
 * -Dtest=TariffEngineFuzzTest} (until 10 million executions or 60 minutes; see docs/reliability.md).
 */
class TariffEngineFuzzTest {
    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    @DictionaryEntries({
        "2.1.1\\x0A",
        "2.2.1\\x0A",
        "2.3.0\\x0A",
        "\\x0A%%\\x0A",
        "\"currency\":\"EUR\"",
        "\"elements\":[{\"price_components\":[",
        "{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":1}",
        "{\"type\":\"TIME\",\"price\":2,\"step_size\":300}",
        "{\"type\":\"PARKING_TIME\",\"price\":1,\"step_size\":60}",
        "{\"type\":\"FLAT\",\"price\":1,\"step_size\":1}",
        "\"restrictions\":{",
        "\"start_time\":\"22:00\"",
        "\"end_time\":\"06:00\"",
        "\"day_of_week\":[\"MONDAY\"]",
        "\"min_kwh\":5",
        "\"max_duration\":3600",
        "\"min_power\":11",
        "\"min_price\":{\"excl_vat\":1}",
        "\"max_price\":{\"excl_vat\":10,\"incl_vat\":12}",
        "\"vat\":19",
        "\"start_date_time\":\"2025-03-30T00:30:00Z\"",
        "\"end_date_time\":\"2025-03-30T03:30:00Z\"",
        "\"charging_periods\":[",
        "{\"type\":\"ENERGY\",\"volume\":10}",
        "{\"type\":\"TIME\",\"volume\":1.5}",
        "{\"type\":\"PARKING_TIME\",\"volume\":0.5}",
        "\"tariff_id\":\"T1\"",
    })
    void price(byte[] input) {
        TariffHarness.run(input);
    }
}
