package dev.ocpkit.ocpi.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.OcpiJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What every adapter must carry over HTTP on 127.0.0.1: status, headers, bodies, limits. */
public abstract class AdapterContract {
    protected final HttpFixture fixture = new HttpFixture();

    /** The base URL of the running server, e.g. {@code http://127.0.0.1:1234}. */
    protected abstract String base();

    private static JsonNode json(HttpResponse<String> r) {
        return OcpiJson.v221().readTree(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void versions_overHttp() throws Exception {
        HttpResponse<String> r = fixture.send("GET", base() + "/ocpi/versions", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.headers().firstValue("X-Request-ID")).contains("rid-1");
        assertThat(json(r).get("data").get(0).get("url").asString()).isEqualTo(base() + "/ocpi/2.2.1");
    }

    @Test
    void paginationHeaders_overHttp() throws Exception {
        HttpResponse<String> r =
                fixture.send("GET", base() + "/ocpi/2.2.1/sender/locations?date_from=2023-01-01T00:00:00Z", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("data")).hasSize(10);
        assertThat(r.headers().firstValue("X-Total-Count")).contains("30");
        assertThat(r.headers().firstValue("X-Limit")).contains("10");
        assertThat(r.headers().firstValue("Link"))
                .contains(
                        "<" + base()
                                + "/ocpi/2.2.1/sender/locations?offset=10&limit=10&date_from=2023-01-01T00:00:00Z>; rel=\"next\"");
    }

    @Test
    void put201_thenGet_overHttp() throws Exception {
        String url = base() + "/ocpi/2.2.1/receiver/locations/BE/CPO/NEW1";
        HttpResponse<String> r = fixture.send(
                "PUT", url, Fixtures.locationJson("BE", "CPO", "NEW1", Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(r.statusCode()).isEqualTo(201);
        HttpResponse<String> got = fixture.send("GET", url, null);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(json(got).get("data").get("id").asString()).isEqualTo("NEW1");
    }

    @Test
    void unauthorized_overHttp() throws Exception {
        HttpResponse<String> r = fixture.client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/ocpi/versions"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).get("status_code").asInt()).isEqualTo(2000);
    }

    @Test
    void malformedJson_overHttp() throws Exception {
        HttpResponse<String> r = fixture.send("PUT", base() + "/ocpi/2.2.1/receiver/locations/BE/CPO/X", "{oops");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("status_code").asInt()).isEqualTo(2001);
    }

    @Test
    void oversizedBody_overHttp_is413() throws Exception {
        String big = "{\"pad\":\"" + "x".repeat(100_000) + "\"}";
        HttpResponse<String> r = fixture.send("PUT", base() + "/ocpi/2.2.1/receiver/locations/BE/CPO/X", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("status_code").asInt()).isEqualTo(2001);
    }

    @Test
    void oversizedChunkedBody_overHttp_is413() throws Exception {
        HttpResponse<String> r = fixture.putChunked(base() + "/ocpi/2.2.1/receiver/locations/BE/CPO/X", 5_000_000);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(fixture.locations.find("BE", "CPO", "X")).isEmpty();
    }
}
