package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Shared set-up of the adapter tests: a dispatcher for a base URL and an HTTP client on 127.0.0.1. */
public final class HttpFixture {
    public static final String TOKEN = "token-of-the-cpo";
    public final InMemoryLocations locations = new InMemoryLocations();
    public final InMemoryPartnerStore partners = new InMemoryPartnerStore();
    public final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpFixture() {
        for (int i = 0; i < 30; i++) {
            locations.put(Fixtures.location("NL", "CPO", "LOC" + i, Instant.parse("2024-01-01T00:00:00Z")));
        }
        partners.save(TestServer.registered(
                "emsp", TOKEN, PartnerQuirks.SPEC, new PartyRole("EMSP", "BE", "CPO", "Partner", null)));
    }

    /** A dispatcher whose versions URL is {@code base + "/ocpi/versions"}. */
    public OcpiDispatcher dispatcher(String base) {
        LocalParty local = new LocalParty(
                base + "/ocpi/versions",
                List.of(OcpiVersion.V2_2_1),
                List.of(new PartyRole("CPO", "NL", "CPO", "Example CPO", null)));
        return OcpiDispatcher.builder(local, partners)
                .service(locations.asSender())
                .service(locations.asReceiver())
                .maxPageSize(10)
                .maxBodyBytes(64 * 1024)
                .build();
    }

    public HttpResponse<String> send(String method, String url, @Nullable String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Token " + TestServer.b64(TOKEN))
                .header("X-Request-ID", "rid-1");
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A chunked PUT of {@code size} spaces (no Content-Length). */
    public HttpResponse<String> putChunked(String url, long size) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Token " + TestServer.b64(TOKEN))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? ' ' : -1;
                    }
                }))
                .build();
        return client.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
