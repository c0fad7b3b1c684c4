package dev.ocpkit.ocpp.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link Redactor} masks in a frame before it is logged or handed to a listener, and that any input is safe. */
class RedactorTest {

    @Test
    void identifiers_keepTheirLast4Characters_inEveryFieldThatHoldsOne() {
        String frame = "[2,\"1\",\"Authorize\",{\"idTag\":\"04A2B3C4D5\",\"parentIdTag\" : \"PARENT-9876\","
                + "\"idToken\":{\"idToken\":\"DE-EMS-C12345678-9\",\"type\":\"eMAID\"},\"groupIdToken\":\"GRP-1234\","
                + "\"additionalIdToken\":\"ADD-5555\",\"evccId\":\"EVCC-0042\",\"emaid\":\"DEEMSC1\"}]";
        String r = Redactor.redact(frame, 1000);
        assertThat(r)
                .contains("\"idTag\":\"****C4D5\"")
                .contains("\"parentIdTag\" : \"****9876\"")
                .contains("\"idToken\":\"****78-9\"")
                .contains("\"groupIdToken\":\"****1234\"")
                .contains("\"additionalIdToken\":\"****5555\"")
                .contains("\"evccId\":\"****0042\"")
                .contains("\"emaid\":\"****MSC1\"")
                .contains("\"type\":\"eMAID\"")
                .doesNotContain("04A2B3", "PARENT", "C12345", "GRP-", "ADD-", "EVCC-", "DEEM");
    }

    @Test
    void shortIdentifier_isMaskedWhole() {
        assertThat(Redactor.redact("{\"idTag\":\"AB12\"}", 100)).isEqualTo("{\"idTag\":\"****\"}");
    }

    @Test
    void secrets_areMaskedWhole_whateverTheirPrefix() {
        String frame = "[2,\"1\",\"X\",{\"password\":\"hunter2\",\"basicAuthPassword\":\"s3cr3t-pw\","
                + "\"sharedSecret\":\"abc\",\"privateKey\":\"-----BEGIN\",\"AuthorizationKey\":\"0011AABB\","
                + "\"passwordHint\":\"kept\"}]";
        String r = Redactor.redact(frame, 1000);
        assertThat(r)
                .contains("\"password\":\"****\"")
                .contains("\"basicAuthPassword\":\"****\"")
                .contains("\"sharedSecret\":\"****\"")
                .contains("\"privateKey\":\"****\"")
                .contains("\"AuthorizationKey\":\"****\"")
                .contains("\"passwordHint\":\"kept\"")
                .doesNotContain("hunter2", "s3cr3t", "BEGIN", "0011AABB");
    }

    @Test
    void value_isMaskedOnlyWhenTheFrameSetsASecretVariable() {
        String key = "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"00112233AABB\"}]";
        assertThat(Redactor.redact(key, 1000))
                .isEqualTo("[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"****\"}]");
        String variable = "[2,\"1\",\"SetVariables\",{\"setVariableData\":[{\"attributeValue\":\"pw-123456\","
                + "\"component\":{\"name\":\"SecurityCtrlr\"},\"variable\":{\"name\":\"BasicAuthPassword\"}}]}]";
        assertThat(Redactor.redact(variable, 1000))
                .contains("\"attributeValue\":\"****\"")
                .doesNotContain("pw-123456");
        String harmless = "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\",\"value\":\"300\"}]";
        assertThat(Redactor.redact(harmless, 1000)).isEqualTo(harmless);
    }

    @Test
    void escapedQuotes_insideStrings_neitherEndTheValueNorStartAName() {
        // the value of "note" holds an escaped "idTag":"..." that is text, not a member; the real idTag follows
        String frame = "{\"note\":\"say \\\"idTag\\\":\\\"NOTME\\\" here\",\"idTag\":\"AB\\\"CD1234\"}";
        assertThat(Redactor.redact(frame, 1000))
                .isEqualTo("{\"note\":\"say \\\"idTag\\\":\\\"NOTME\\\" here\",\"idTag\":\"****1234\"}");
    }

    @Test
    void nonStringValues_andBrokenFrames_areKept_asTheyAre() {
        assertThat(Redactor.redact("{\"idTag\":42,\"x\":{\"idTag\":\"ABCDEFGH\"}}", 100))
                .isEqualTo("{\"idTag\":42,\"x\":{\"idTag\":\"****EFGH\"}}");
        assertThat(Redactor.redact("{\"idTag\":\"ABCDEFGH", 100)).isEqualTo("{\"idTag\":\"ABCDEFGH");
        assertThat(Redactor.redact("not json \"idTag\" : \"12345678\" at all", 100))
                .isEqualTo("not json \"idTag\" : \"****5678\" at all");
        assertThat(Redactor.redact("", 100)).isEmpty();
        assertThat(Redactor.redact("\"\\", 100)).isEqualTo("\"\\");
    }

    @Test
    void longFrames_areCutToMax_withTheOriginalLength() {
        String frame = "[2,\"1\",\"DataTransfer\",{\"vendorId\":\"" + "v".repeat(500) + "\"}]";
        String r = Redactor.redact(frame, 100);
        assertThat(r).isEqualTo(frame.substring(0, 100) + "...(" + frame.length() + " chars)");
    }

    @Test
    void identifierOfAMillionEscapedCharacters_isMaskedWithoutDeepRecursion() {
        // fuzzing found the old regular expression throwing StackOverflowError on an idToken of ~3,000 characters
        // full of escapes; the scan is linear in the input whatever it holds
        String id = "\\n".repeat(500_000) + "WXYZ";
        String frame = "[2,\"1\",\"Authorize\",{\"idToken\":{\"idToken\":\"" + id + "\",\"type\":\"Central\"}}]";
        String r = Redactor.redact(frame, frame.length());
        assertThat(r)
                .isEqualTo("[2,\"1\",\"Authorize\",{\"idToken\":{\"idToken\":\"****WXYZ\",\"type\":\"Central\"}}]");
        String secret = "{\"password\":\"" + "\\\"".repeat(500_000) + "\"}";
        assertThat(Redactor.redact(secret, secret.length())).isEqualTo("{\"password\":\"****\"}");
    }
}
