package dev.ocpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a fake party hides the credentials token in the bodies it records. */
class RedactedBodyTest {

    @Test
    void credentialsToken_isRedacted_otherBodiesAreKept() {
        String body = "{\"token\" : \"ebf3b399-779f-4497-9b9d-ac6ad3cc44d2\",\"url\":\"http://127.0.0.1:1/versions\"}";
        assertThat(FakeOcpiParty.redactedBody("/ocpi/2.2.1/credentials", bytes(body)))
                .isEqualTo("{\"token\" : \"<redacted>\",\"url\":\"http://127.0.0.1:1/versions\"}");
        assertThat(FakeOcpiParty.redactedBody("/ocpi/2.2.1/tokens/DE/EMS/T1", bytes(body)))
                .isEqualTo(body);
    }

    @Test
    void tokenWithEscapes_isRedactedWhole() {
        String body = "{\"token\":\"a\\\"b\\\\c\\u0041d\",\"roles\":[]}";
        assertThat(FakeOcpiParty.redactedBody("/credentials", bytes(body)))
                .isEqualTo("{\"token\":\"<redacted>\",\"roles\":[]}");
    }

    @Test
    void veryLongToken_isRedacted_withoutOverflowingTheStack() {
        // an alternation inside the repetition recursed once per character and overflowed at a few thousand
        String body = "{\"token\":\"" + "x".repeat(1_000_000) + "\\\"" + "y".repeat(1_000) + "\"}";
        assertThat(FakeOcpiParty.redactedBody("/credentials", bytes(body))).isEqualTo("{\"token\":\"<redacted>\"}");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
