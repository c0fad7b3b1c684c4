package dev.ocpkit.ocpi.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallLinkTest {
    @Test
    void linkSafe_keepsAnEncodedUrlAsItIs() {
        String url =
                "https://cpo.example/ocpi/2.2.1/sender/locations?offset=100&limit=100&date_from=2025-01-01T00%3A00%3A00Z";
        assertThat(Call.linkSafe(url)).isSameAs(url);
    }

    @Test
    void linkSafe_percentEncodesControlsSpacesBracketsQuotesAndNonAscii() {
        assertThat(Call.linkSafe("https://x/l?offset=1&a=b\u0000c d<e>\"f\u00e9\r\n"))
                .isEqualTo("https://x/l?offset=1&a=b%00c%20d%3Ce%3E%22f%C3%A9%0D%0A");
    }
}
