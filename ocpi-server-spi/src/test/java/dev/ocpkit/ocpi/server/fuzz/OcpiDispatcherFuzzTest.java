package dev.ocpkit.ocpi.server.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@code OcpiDispatcher.handle}: arbitrary method, path, query, headers and body against a dispatcher with
 * in-memory services for every 2.2.1 module (both interfaces), the 2.3.0 data modules and a 2.1.1 Tokens CPO interface, a registered eMSP, a registered CPO, a registered hub
 * and a pending partner holding token A. The input is text: a request line {@code METHOD PATH[?QUERY]}, header lines
 * {@code Name: value} up to an empty line, then the body; up to four such requests separated by a line
 * {@code =====}, handled in turn by the same dispatcher (so that one can store what the next reads). Tokens are short ({@code tokc}, {@code cpot},
 * {@code hubt}, {@code toka}) and accepted raw, so that the fuzzer reaches the authenticated paths.
 *
 * <p>Oracle (OCPI 2.2.1, Transport and format): {@code handle} returns (no exception escapes), with an HTTP status
 * between 200 and 599, {@code X-Request-ID} and {@code X-Correlation-ID} headers, no header value holding a control
 * character (a request header echoed with a CR or LF would split the response), and a JSON object body with an
 * integer {@code status_code} in 1000-4999 and a {@code timestamp}. The in-memory services never fail, so status 3000
 * ("internal error": an exception the dispatcher did not expect) is a finding too.
 *
 * <p>A fresh dispatcher and fresh stores per input keep runs independent of each other. The normal build replays
 * the regression inputs in {@code src/test/resources/dev/ocpkit/ocpi/server/fuzz/OcpiDispatcherFuzzTestInputs/
 * dispatcher/}; fuzz for real with {@code JAZZER_FUZZ=1 JAZZER_DISABLED_HOOKS=
 * com.code_intelligence.jazzer.sanitizers.RegexRoadblocks ./mvnw -pl ocpi-server-spi test
 * -Dtest=OcpiDispatcherFuzzTest} (until 10 million executions or 60 minutes; see docs/reliability.md).
 */
class OcpiDispatcherFuzzTest {
    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    @DictionaryEntries({
        "GET ",
        "PUT ",
        "POST ",
        "PATCH ",
        "DELETE ",
        "/ocpi/versions",
        "/ocpi/2.2.1",
        "/ocpi/2.2.1/credentials",
        "/ocpi/2.2.1/sender/locations",
        "/ocpi/2.2.1/receiver/locations/BE/CPO/",
        "/ocpi/2.2.1/sender/tariffs",
        "/ocpi/2.2.1/receiver/tariffs/BE/CPO/",
        "/ocpi/2.2.1/sender/tokens",
        "/ocpi/2.2.1/sender/tokens/RFID1/authorize",
        "/ocpi/2.2.1/receiver/tokens/DE/EMS/",
        "/ocpi/2.2.1/sender/sessions",
        "/ocpi/2.2.1/receiver/sessions/BE/CPO/",
        "/ocpi/2.2.1/sender/cdrs",
        "/ocpi/2.2.1/receiver/cdrs",
        "/ocpi/2.2.1/receiver/hubclientinfo/",
        "/ocpi/results/",
        "/ocpi/2.3.0/sender/locations",
        "/ocpi/2.3.0/receiver/locations/BE/CPO/",
        "/ocpi/2.3.0/receiver/tariffs/BE/CPO/",
        "/ocpi/2.3.0/receiver/tokens/DE/EMS/",
        "/ocpi/2.3.0/credentials",
        "/ocpi/2.1.1",
        "/ocpi/2.1.1/receiver/tokens/DE/EMS/",
        "/ocpi/2.1.1/credentials",
        "\"tax_included\":\"NO\"",
        "?offset=",
        "&limit=",
        "&date_from=2025-01-01T00:00:00Z",
        "\\x0AAuthorization: Token tokc",
        "\\x0AAuthorization: Token cpot",
        "\\x0AAuthorization: Token hubt",
        "\\x0AAuthorization: Token toka",
        "\\x0AAuthorization: Token dG9rYw==",
        "\\x0AX-Request-ID: ",
        "\\x0AX-Correlation-ID: ",
        "\\x0AOCPI-from-country-code: BE",
        "\\x0AOCPI-from-party-id: CPO",
        "\\x0AOCPI-to-country-code: NL",
        "\\x0AOCPI-to-party-id: CPO",
        "\\x0AContent-Type: application/json",
        "\\x0A\\x0A",
        "\\x0A=====\\x0A",
        "\"country_code\":\"BE\"",
        "\"party_id\":\"CPO\"",
        "\"last_updated\":\"2025-01-01T00:00:00Z\"",
        "\"evses\":[",
        "\"connectors\":[",
    })
    void dispatcher(byte[] input) {
        DispatcherHarness.run(input);
    }
}
