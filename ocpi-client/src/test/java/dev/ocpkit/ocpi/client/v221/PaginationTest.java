package dev.ocpkit.ocpi.client.v221;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ocpkit.ocpi.client.OcpiInvalidResponseException;
import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.client.Page;
import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.Routing;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v221.Location;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pagination as the specification prescribes, and the edge cases partners produce. */
class PaginationTest extends V221Fixture {
    static final String PATH = "/cpo/2.2.1/locations";
    static final PartnerQuirks TOLERANT = new PartnerQuirks(PartnerQuirks.TokenEncoding.BY_VERSION, true, false, true);

    static String page(String... ids) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ids.length; i++) {
            sb.append(i > 0 ? "," : "").append(location(ids[i]));
        }
        return ok(sb.append(']').toString());
    }

    static ResponseDefinitionBuilder pageResponse(int total, int limit, String link, String... ids) {
        ResponseDefinitionBuilder r = aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Total-Count", Integer.toString(total))
                .withHeader("X-Limit", Integer.toString(limit))
                .withBody(page(ids));
        return link == null ? r : r.withHeader("Link", link);
    }

    static MappingBuilder atOffset(String offset) {
        return get(urlPathEqualTo(PATH)).withQueryParam("offset", offset == null ? absent() : equalTo(offset));
    }

    private List<String> offsets() {
        List<String> out = new ArrayList<>();
        for (LoggedRequest r : wm.findAll(anyRequestedFor(anyUrl()))) {
            out.add(
                    r.queryParameter("offset").isPresent()
                            ? r.queryParameter("offset").firstValue()
                            : "-");
        }
        return out;
    }

    private List<String> ids(Paginated<Location> list) {
        return list.stream().map(Location::id).toList();
    }

    @Test
    void list_followsLinkNext_keepingTheOriginalFilters() {
        String next1 = "<" + base + PATH + "?offset=2&limit=2>; rel=\"next\"";
        String next2 = "<" + base + PATH + "?offset=4&limit=2&date_from=2026-01-01T00:00:00Z"
                + "&date_to=2026-02-01T00:00:00Z>; rel=\"next\"";
        wm.stubFor(atOffset(null).willReturn(pageResponse(5, 2, next1, "A", "B")));
        wm.stubFor(atOffset("2").willReturn(pageResponse(5, 2, next2, "C", "D")));
        wm.stubFor(atOffset("4").willReturn(pageResponse(5, 2, null, "E")));

        Paginated<Location> list = v221().locationsSender()
                .list(new PageRequest(
                        0, 2, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")));

        assertThat(ids(list)).containsExactly("A", "B", "C", "D", "E");
        List<LoggedRequest> requests = wm.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests)
                .extracting(LoggedRequest::getUrl)
                .containsExactly(
                        PATH + "?limit=2&date_from=2026-01-01T00:00:00Z&date_to=2026-02-01T00:00:00Z",
                        PATH + "?offset=2&limit=2&date_from=2026-01-01T00:00:00Z&date_to=2026-02-01T00:00:00Z",
                        PATH + "?offset=4&limit=2&date_from=2026-01-01T00:00:00Z&date_to=2026-02-01T00:00:00Z");
        assertThat(requests)
                .extracting(r -> r.getHeader("X-Correlation-ID"))
                .containsOnly(requests.get(0).getHeader("X-Correlation-ID"));
        assertThat(requests).extracting(r -> r.getHeader("X-Request-ID")).doesNotHaveDuplicates();
        assertThat(requests)
                .allSatisfy(r -> assertThat(r.getHeader("OCPI-to-party-id")).isEqualTo("CPX"));
    }

    @Test
    void list_isLazy_andReadsOnlyThePagesConsumed() {
        wm.stubFor(atOffset(null).willReturn(pageResponse(4, 2, "<" + PATH + "?offset=2>; rel=\"next\"", "A", "B")));
        wm.stubFor(atOffset("2").willReturn(pageResponse(4, 2, null, "C", "D")));

        Paginated<Location> list = v221().locationsSender().list();
        assertThat(wm.getAllServeEvents()).isEmpty();

        assertThat(list.stream().findFirst()).map(Location::id).contains("A");
        assertThat(offsets()).containsExactly("-");
    }

    @Test
    void list_relativeLink_isResolvedAgainstTheRequestUrl() {
        wm.stubFor(
                atOffset(null).willReturn(pageResponse(3, 2, "<locations?offset=2&limit=2>; rel=\"next\"", "A", "B")));
        wm.stubFor(atOffset("2").willReturn(pageResponse(3, 2, null, "C")));

        assertThat(ids(v221().locationsSender().list())).containsExactly("A", "B", "C");
    }

    @Test
    void list_totalDropsWhilePaging_requestsThePageAgainWithTheOffsetLoweredByOne() {
        // A..E match at first; while paging, A leaves the filter, so everything moves one place to the left
        wm.stubFor(atOffset(null)
                .willReturn(pageResponse(5, 2, "<" + PATH + "?offset=2&limit=2>; rel=\"next\"", "A", "B")));
        wm.stubFor(atOffset("2")
                .willReturn(pageResponse(4, 2, "<" + PATH + "?offset=4&limit=2>; rel=\"next\"", "D", "E")));
        wm.stubFor(atOffset("1")
                .willReturn(pageResponse(4, 2, "<" + PATH + "?offset=3&limit=2>; rel=\"next\"", "C", "D")));
        wm.stubFor(atOffset("3").willReturn(pageResponse(4, 2, null, "E")));

        assertThat(ids(v221().locationsSender().list())).containsExactly("A", "B", "C", "D", "E");
        assertThat(offsets()).containsExactly("-", "2", "1", "3");
    }

    @Test
    void list_missingPaginationHeaders_areAnInvalidResponse_forASpecPartner() {
        wm.stubFor(atOffset(null).willReturn(aResponse().withStatus(200).withBody(page("A"))));

        assertThatThrownBy(() -> ids(v221().locationsSender().list()))
                .isInstanceOfSatisfying(OcpiInvalidResponseException.class, e -> {
                    assertThat(e.getMessage()).contains("X-Total-Count");
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void list_missingHeaders_tolerated_continuesByOffset_untilAShortPage() {
        wm.stubFor(atOffset(null).willReturn(aResponse().withStatus(200).withBody(page("A", "B"))));
        wm.stubFor(atOffset("2").willReturn(aResponse().withStatus(200).withBody(page("C", "D"))));
        wm.stubFor(atOffset("4").willReturn(aResponse().withStatus(200).withBody(page("E"))));

        Paginated<Location> list = client.partner(partner(TOLERANT, List.of()))
                .v221()
                .locationsSender()
                .list(new PageRequest(0, 2, null, null));

        assertThat(ids(list)).containsExactly("A", "B", "C", "D", "E");
        assertThat(offsets()).containsExactly("-", "2", "4");
    }

    @Test
    void list_missingLink_tolerated_continuesUntilTheTotalIsReached() {
        wm.stubFor(atOffset(null).willReturn(pageResponse(3, 2, null, "A", "B")));
        wm.stubFor(atOffset("2").willReturn(pageResponse(3, 2, null, "C")));

        assertThat(ids(client.partner(partner(TOLERANT, List.of()))
                        .v221()
                        .locationsSender()
                        .list()))
                .containsExactly("A", "B", "C");
    }

    @Test
    void list_missingLink_forASpecPartner_isTheLastPage() {
        wm.stubFor(atOffset(null).willReturn(pageResponse(3, 2, null, "A", "B")));

        assertThat(ids(v221().locationsSender().list())).containsExactly("A", "B");
    }

    @Test
    void list_malformedLink_isAnInvalidResponse() {
        wm.stubFor(atOffset(null).willReturn(pageResponse(3, 2, "https://no-angle-brackets; rel=next", "A", "B")));

        assertThatThrownBy(() -> ids(v221().locationsSender().list()))
                .isInstanceOf(OcpiInvalidResponseException.class)
                .hasMessageContaining("Link");
    }

    @Test
    void list_linkToTheSamePage_isRefusedInsteadOfLooping() {
        wm.stubFor(atOffset(null).willReturn(pageResponse(3, 2, "<" + base + PATH + ">; rel=\"next\"", "A", "B")));

        assertThatThrownBy(() -> ids(v221().locationsSender().list()))
                .isInstanceOf(OcpiInvalidResponseException.class)
                .hasMessageContaining("page just read");
    }

    @Test
    void list_failedPage_isRetried() {
        wm.stubFor(atOffset(null).willReturn(pageResponse(3, 2, "<" + PATH + "?offset=2>; rel=\"next\"", "A", "B")));
        wm.stubFor(atOffset("2")
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        wm.stubFor(
                atOffset("2").inScenario("flaky").whenScenarioStateIs("up").willReturn(pageResponse(3, 2, null, "C")));

        assertThat(ids(v221().locationsSender().list())).containsExactly("A", "B", "C");
        assertThat(offsets()).containsExactly("-", "2", "2");
    }

    @Test
    void pages_afterAFailedPage_theCursorRetriesThatPage() {
        wm.stubFor(atOffset(null).willReturn(pageResponse(3, 2, "<" + PATH + "?offset=2>; rel=\"next\"", "A", "B")));
        wm.stubFor(atOffset("2").willReturn(aResponse().withStatus(500)));

        Paginated.PageCursor<Location> cursor = v221().locationsSender().list().pages();
        Page<Location> first = cursor.next().join();
        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(first.limit()).isEqualTo(2);
        assertThat(first.nextUrl()).isEqualTo(base + PATH + "?offset=2");
        assertThatThrownBy(() -> cursor.next().join()).hasCauseInstanceOf(OcpiStatusException.class);

        wm.stubFor(atOffset("2").willReturn(pageResponse(3, 2, null, "C")));
        Page<Location> second = cursor.next().join();
        assertThat(second.items()).extracting(Location::id).containsExactly("C");
        assertThat(second.offset()).isEqualTo(2);
        assertThat(second.isLast()).isTrue();
        assertThat(cursor.hasNext()).isFalse();
    }

    @Test
    void list_unreadableObjects_areSkipped_andTheOthersDelivered() {
        String body =
                ok("[" + location("A") + ",{\"id\":\"BAD\",\"last_updated\":\"yesterday\"}," + location("C") + "]");
        wm.stubFor(atOffset(null)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("X-Total-Count", "3")
                        .withHeader("X-Limit", "10")
                        .withBody(body)));

        Page<Location> p = v221().locationsSender().list().pages().next().join();

        assertThat(p.items()).extracting(Location::id).containsExactly("A", "C");
        assertThat(p.skipped()).isEqualTo(1);
    }

    @Test
    void forEachPageAsync_readsEveryPage_andCountsTheObjects() {
        wm.stubFor(atOffset(null).willReturn(pageResponse(3, 2, "<" + PATH + "?offset=2>; rel=\"next\"", "A", "B")));
        wm.stubFor(atOffset("2").willReturn(pageResponse(3, 2, null, "C")));
        List<Integer> sizes = new ArrayList<>();

        long count = v221().locationsSender()
                .list()
                .forEachPageAsync(p -> sizes.add(p.items().size()))
                .join();

        assertThat(count).isEqualTo(3);
        assertThat(sizes).containsExactly(2, 1);
    }

    @Test
    void dateFilters_areWrittenWithoutZone_whenThePartnerNeedsIt_andTrailingSlashIsAdded() {
        PartnerQuirks quirks = new PartnerQuirks(PartnerQuirks.TokenEncoding.BY_VERSION, false, true, false);
        wm.stubFor(get(urlPathEqualTo(PATH + "/")).willReturn(pageResponse(0, 10, null)));

        List<Location> all = client
                .partner(partner(quirks, List.of()))
                .v221()
                .locationsSender()
                .list(new PageRequest(0, null, Instant.parse("2026-01-01T00:00:00Z"), null))
                .stream()
                .toList();

        assertThat(all).isEmpty();
        assertThat(wm.findAll(anyRequestedFor(anyUrl())))
                .extracting(LoggedRequest::getUrl)
                .containsExactly(PATH + "/?date_from=2026-01-01T00:00:00");
    }

    @Test
    void getAllViaHub_sendsTheHubInTheToHeaders_andOpenRoutingForPushes() {
        List<PartyRole> hub = List.of(new PartyRole("HUB", "DE", "HUB", "The hub", null));
        wm.stubFor(atOffset(null)
                .withHeader("OCPI-to-party-id", equalTo("HUB"))
                .withHeader("OCPI-from-party-id", equalTo("EXA"))
                .willReturn(pageResponse(1, 10, null, "A")));
        Ocpi221Client viaHub = client.partner(partner(PartnerQuirks.SPEC, hub)).v221();

        assertThat(ids(viaHub.locationsSender().list())).containsExactly("A");

        wm.stubFor(get(urlPathEqualTo(PATH + "/L9")).willReturn(okJson(location("L9"))));
        viaHub.locationsSender().locationAsync("L9").exceptionally(e -> null).join();
        LoggedRequest open =
                wm.findAll(anyRequestedFor(urlPathEqualTo(PATH + "/L9"))).get(0);
        assertThat(open.getHeader("OCPI-from-party-id")).isEqualTo("EXA");
        assertThat(open.containsHeader("OCPI-to-party-id"))
                .as("open routing: no TO headers")
                .isFalse();
    }

    @Test
    void explicitBroadcast_isRefusedForGet() {
        Ocpi221Client broadcast = v221().withRouting(Routing.broadcast("NL", "EXA", "DE", "HUB"));

        assertThatThrownBy(() -> broadcast.locationsSender().location("L1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broadcast");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    private static ResponseDefinitionBuilder okJson(String location) {
        return aResponse().withStatus(200).withBody(ok(location));
    }
}
