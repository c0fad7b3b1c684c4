package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.V;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OCPI 2.2.1 "Pagination": parameters, X-Total-Count, X-Limit and the Link header. */
class PaginationTest {
    private static final String LOCATIONS = V + "/sender/locations";
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private final InMemoryLocations locations = new InMemoryLocations();
    private final InMemorySessions sessions = new InMemorySessions();
    private final TestServer server;

    PaginationTest() {
        for (int i = 0; i < 250; i++) {
            locations.put(Fixtures.location("NL", "CPO", "LOC" + i, T0.plusSeconds(3600L * i)));
        }
        server = new TestServer(b -> b.service(locations.asSender()).service(sessions.asSender()));
    }

    private static String link(int offset, int limit, String rest) {
        return "<https://cpo.example.com" + LOCATIONS + "?offset=" + offset + "&limit=" + limit + rest
                + ">; rel=\"next\"";
    }

    @Test
    void firstPage_withoutParameters_usesTheMaximum_andLinksToTheNext() {
        OcpiResponse r = server.get(LOCATIONS);
        assertThat(r.status()).isEqualTo(200);
        assertThat(json(r).get("data")).hasSize(100);
        assertThat(json(r).get("data").get(0).get("id").asString()).isEqualTo("LOC0");
        assertThat(r.header("X-Total-Count")).isEqualTo("250");
        assertThat(r.header("X-Limit")).isEqualTo("100");
        assertThat(r.header("Link")).isEqualTo(link(100, 100, ""));
    }

    @Test
    void limitAboveTheMaximum_isCapped_andXLimitShowsTheMaximum() {
        OcpiResponse r = server.get(LOCATIONS + "?limit=2000");
        assertThat(json(r).get("data")).hasSize(100);
        assertThat(r.header("X-Limit")).isEqualTo("100");
        assertThat(r.header("Link")).isEqualTo(link(100, 100, ""));
    }

    @Test
    void smallerLimit_isHonoured_andXLimitStaysTheServersMaximum() {
        OcpiResponse r = server.get(LOCATIONS + "?offset=10&limit=5");
        JsonNode data = json(r).get("data");
        assertThat(data).hasSize(5);
        assertThat(data.get(0).get("id").asString()).isEqualTo("LOC10");
        assertThat(r.header("X-Limit")).isEqualTo("100");
        assertThat(r.header("Link")).isEqualTo(link(15, 5, ""));
    }

    @Test
    void lastPage_hasNoLink() {
        OcpiResponse r = server.get(LOCATIONS + "?offset=200&limit=100");
        assertThat(json(r).get("data")).hasSize(50);
        assertThat(r.header("X-Total-Count")).isEqualTo("250");
        assertThat(r.header("Link")).isNull();
    }

    @Test
    void offsetBeyondTheEnd_isAnEmptyPage() {
        OcpiResponse r = server.get(LOCATIONS + "?offset=1000");
        assertThat(json(r).get("data")).isEmpty();
        assertThat(r.header("X-Total-Count")).isEqualTo("250");
        assertThat(r.header("Link")).isNull();
    }

    @Test
    void dateFilters_countOnlyMatches_fromInclusive_toExclusive_andTheLinkKeepsThem() {
        String from = "2024-01-01T10:00:00Z";
        String to = "2024-01-02T10:00:00Z";
        OcpiResponse r = server.get(LOCATIONS + "?date_from=" + from + "&date_to=" + to + "&limit=10");
        JsonNode data = json(r).get("data");
        assertThat(r.header("X-Total-Count")).isEqualTo("24");
        assertThat(data).hasSize(10);
        assertThat(data.get(0).get("id").asString()).isEqualTo("LOC10");
        assertThat(r.header("Link")).isEqualTo(link(10, 10, "&date_from=" + from + "&date_to=" + to));
    }

    @Test
    void linkKeepsOtherParametersAsSent() {
        OcpiResponse r = server.get(LOCATIONS + "?date_from=2024-01-01T00%3A00%3A00Z&limit=50");
        assertThat(r.header("Link")).isEqualTo(link(50, 50, "&date_from=2024-01-01T00%3A00%3A00Z"));
    }

    @Test
    void dateWithoutZone_isReadAsUtc() {
        OcpiResponse r = server.get(LOCATIONS + "?date_from=2024-01-10T18:00:00");
        assertThat(r.header("X-Total-Count")).isEqualTo("16");
    }

    @Test
    void invalidParameters_answer2001() {
        for (String q : new String[] {"?limit=abc", "?limit=0", "?offset=-1", "?date_from=yesterday", "?limit=1.5"}) {
            OcpiResponse r = server.get(LOCATIONS + q);
            assertThat(status(r)).as(q).isEqualTo(2001);
            assertThat(r.header("X-Total-Count")).as(q).isNull();
        }
    }

    @Test
    void sessionsWithoutDateFrom_areRefusedUnderTheStrictPolicy() {
        assertThat(status(server.get(V + "/sender/sessions"))).isEqualTo(2001);
        OcpiResponse r = server.get(V + "/sender/sessions?date_from=2024-01-01T00:00:00Z");
        assertThat(status(r)).isEqualTo(1000);
        assertThat(r.header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void listBody_isByteForByteTheEnvelopeJacksonWrites_withAndWithoutTheSerializationCache() {
        java.time.Instant now = Instant.parse("2024-06-01T00:00:00.5Z");
        java.time.Clock clock = java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
        java.util.List<dev.ocpkit.ocpi.model.v221.Location> expected =
                locations.all().subList(20, 30);
        byte[] reference = dev.ocpkit.ocpi.model.OcpiJson.v221()
                .writeBytes(dev.ocpkit.ocpi.model.OcpiEnvelope.success(expected, now));
        for (int cache : new int[] {0, 1024}) {
            TestServer s = new TestServer(
                    b -> b.service(locations.asSender()).clock(clock).serializationCache(cache));
            for (int round = 0; round < 2; round++) {
                OcpiResponse r = s.get(LOCATIONS + "?offset=20&limit=10");
                assertThat(r.body()).as("cache " + cache + " round " + round).isEqualTo(reference);
            }
        }
    }

    @Test
    void configuredMaximum_isUsed() {
        TestServer s = new TestServer(b -> b.service(locations.asSender()).maxPageSize(20));
        OcpiResponse r = s.get(LOCATIONS);
        assertThat(json(r).get("data")).hasSize(20);
        assertThat(r.header("X-Limit")).isEqualTo("20");
    }
}
