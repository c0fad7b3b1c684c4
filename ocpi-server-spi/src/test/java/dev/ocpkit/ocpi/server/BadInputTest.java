package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.V;
import static dev.ocpkit.ocpi.server.TestServer.b64;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.message;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.LocationsSender;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 6 "Bad input": every bad request gets its OCPI status and never reaches the store. */
class BadInputTest {
    private static final String CPO_TOKEN = "token-of-the-cpo";
    private static final Instant T1 = Instant.parse("2024-03-01T10:00:00Z");
    private static final String LOC = V + "/receiver/locations/BE/CPO/LOC1";

    private final InMemoryLocations locations = new InMemoryLocations();

    private TestServer server(ParsingPolicy policy, int maxBody) {
        TestServer s = new TestServer(
                b -> b.service(locations.asReceiver()).parsingPolicy(policy).maxBodyBytes(maxBody));
        s.partners.save(TestServer.registered(
                "cpo", CPO_TOKEN, PartnerQuirks.SPEC, new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null)));
        return s;
    }

    private TestServer server() {
        return server(ParsingPolicy.STRICT, 1 << 20);
    }

    @Test
    void malformedJson_is400With2001() {
        for (String body : new String[] {"{\"id\": ", "not json", "{\"a\":1}}", "[1,2"}) {
            OcpiResponse r = server().send("PUT", LOC, CPO_TOKEN, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(status(r)).as(body).isEqualTo(2001);
        }
        assertThat(locations.all()).isEmpty();
    }

    @Test
    void missingBody_is400With2001() {
        OcpiResponse r = server().send("PUT", LOC, CPO_TOKEN, null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(status(r)).isEqualTo(2001);
    }

    @Test
    void validJsonOfTheWrongShape_is2001WithThePath_withoutHttpError() {
        String body = Fixtures.locationJson("BE", "CPO", "LOC1", T1)
                .replace("\"max_voltage\":230", "\"max_voltage\":\"high\"");
        OcpiResponse r = server().send("PUT", LOC, CPO_TOKEN, body);
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(2001);
        assertThat(message(r)).contains("$.evses[0].connectors[0].max_voltage");
        assertThat(locations.all()).isEmpty();
    }

    @Test
    void numbersThatCouldNotBeWrittenBack_are2001WithThePath_andNotStored() {
        // found by fuzzing: 1e99999 used to be stored (201) and every later GET answered 3000
        for (String number : new String[] {"1e99999", "1e41111111111111111"}) {
            String body = Fixtures.locationJson("BE", "CPO", "LOC1", T1)
                    .replaceFirst(
                            "\\{",
                            "{\"energy_mix\":{\"is_green_energy\":true,\"energy_sources\":[{\"source\":\"SOLAR\","
                                    + "\"percentage\":" + number + "}]},");
            OcpiResponse r = server().send("PUT", LOC, CPO_TOKEN, body);
            assertThat(status(r)).as(number).isEqualTo(2001);
            assertThat(message(r)).as(number).contains("$").doesNotContain(number);
        }
        assertThat(locations.all()).isEmpty();
    }

    @Test
    void jsonNull_is2001() {
        OcpiResponse r = server().send("PUT", LOC, CPO_TOKEN, "null");
        assertThat(status(r)).isEqualTo(2001);
    }

    @Test
    void objectBreakingTheSpec_is2001ListingEveryViolation() {
        String body = Fixtures.locationJson("BE", "CPO", "LOC1", T1)
                .replace("\"address\":\"Stationsplein 1\",", "")
                .replace("\"status\":\"AVAILABLE\"", "\"status\":\"SLEEPING\"");
        OcpiResponse r = server().send("PUT", LOC, CPO_TOKEN, body);
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(2001);
        assertThat(message(r)).contains("$.address").contains("$.evses[0].status");
        assertThat(locations.all()).isEmpty();
    }

    @Test
    void lenientPolicy_acceptsTooLongStrings_butStillRefusesMissingRequiredFields() {
        TestServer s = server(ParsingPolicy.LENIENT, 1 << 20);
        String tooLong = Fixtures.locationJson("BE", "CPO", "LOC1", T1).replace("Utrecht", "U".repeat(60));
        assertThat(s.send("PUT", LOC, CPO_TOKEN, tooLong).status()).isEqualTo(201);
        String missing = Fixtures.locationJson("BE", "CPO", "LOC2", T1).replace("\"city\":\"Utrecht\",", "");
        OcpiResponse r = s.send("PUT", V + "/receiver/locations/BE/CPO/LOC2", CPO_TOKEN, missing);
        assertThat(status(r)).isEqualTo(2001);
        assertThat(message(r)).contains("$.city");
        assertThat(locations.all()).hasSize(1);
    }

    @Test
    void strictPolicy_refusesTooLongStrings() {
        String tooLong = Fixtures.locationJson("BE", "CPO", "LOC1", T1).replace("Utrecht", "U".repeat(60));
        OcpiResponse r = server().send("PUT", LOC, CPO_TOKEN, tooLong);
        assertThat(status(r)).isEqualTo(2001);
        assertThat(message(r)).contains("$.city");
    }

    @Test
    void oversizedBody_withContentLength_is413_withoutReadingIt() {
        AtomicLong read = new AtomicLong();
        InputStream endless = endless(read);
        OcpiResponse r = server(ParsingPolicy.STRICT, 4096)
                .send("PUT", LOC, "Token " + b64(CPO_TOKEN), null, b -> b.body(endless, 10_000_000_000L));
        assertThat(r.status()).isEqualTo(413);
        assertThat(status(r)).isEqualTo(2001);
        assertThat(read.get()).isZero();
    }

    @Test
    void oversizedChunkedBody_isRefusedAfterAtMostTheLimit() {
        AtomicLong read = new AtomicLong();
        OcpiResponse r = server(ParsingPolicy.STRICT, 4096)
                .send("PUT", LOC, "Token " + b64(CPO_TOKEN), null, b -> b.body(endless(read), -1));
        assertThat(r.status()).isEqualTo(413);
        assertThat(read.get()).isLessThanOrEqualTo(4097 + 8192);
        assertThat(locations.all()).isEmpty();
    }

    @Test
    void unauthenticatedBody_isNeverRead() {
        AtomicLong read = new AtomicLong();
        OcpiResponse r = server().send("PUT", LOC, null, null, b -> b.body(endless(read), -1));
        assertThat(r.status()).isEqualTo(401);
        assertThat(read.get()).isZero();
    }

    @Test
    void deeplyNestedJson_is400_notAStackOverflow() {
        String body = "[".repeat(100_000);
        OcpiResponse r = server().send("PUT", LOC, CPO_TOKEN, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(status(r)).isEqualTo(2001);
    }

    @Test
    void serviceFailure_is3000_withoutDetails() {
        LocationsSender broken = new LocationsSender() {
            @Override
            public dev.ocpkit.ocpi.server.Page<Location> getLocations(
                    dev.ocpkit.ocpi.server.OcpiContext ctx, PageRequest page) {
                throw new IllegalStateException("database password is hunter2");
            }

            @Override
            public Optional<Location> getLocation(dev.ocpkit.ocpi.server.OcpiContext ctx, String id) {
                return Optional.empty();
            }
        };
        TestServer s = new TestServer(b -> b.service(broken));
        OcpiResponse r = s.send("GET", V + "/sender/locations", TOKEN_C, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(3000);
        assertThat(r.bodyText()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
        assertThat(json(r).get("status_message").asString()).isEqualTo("internal error");
    }

    private static InputStream endless(AtomicLong read) {
        return new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                read.addAndGet(len);
                return len;
            }
        };
    }
}
