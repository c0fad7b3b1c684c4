package dev.ocpkit.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandshakeRequestTest {
    @Test
    void toString_masksThePassword_andKeepsTheRest() {
        HandshakeRequest r = new HandshakeRequest(
                "CS-1", "/ocpp/CS-1", null, List.of("ocpp1.6"), "CS-1", "s3cret-Pa55word", List.of());
        assertThat(r.toString())
                .doesNotContain("s3cret-Pa55word")
                .contains("identity=CS-1", "password=****", "ocpp1.6");
        assertThat(new HandshakeRequest("CS-1", "/ocpp/CS-1", null, List.of(), null, null, List.of()).toString())
                .contains("password=null");
    }
}
