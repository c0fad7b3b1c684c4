package dev.ocpkit.testkit;

import dev.ocpkit.ocpi.client.InMemoryAsyncResults;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTariffs;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A fake OCPI 2.2.1 eMSP for host tests: a real party on {@code 127.0.0.1} and an ephemeral port that serves the
 * Receiver interfaces of Locations, Sessions, CDRs and Tariffs, the Sender interface of Tokens (with real-time
 * authorization from its token list) and the result endpoints for commands and charging profiles, all in memory.
 *
 * <pre>{@code
 * try (FakeEmsp emsp = FakeEmsp.start()) {
 *     hostClient.register(emsp.tokenA(), emsp.versionsUrl());  // the host's CPO registers
 *     // ... the host pushes a location ...
 *     assertThat(emsp.locations()).extracting(Location::id).contains("LOC1");
 * }
 * }</pre>
 *
 * <p>Thread-safe. See {@link FakeOcpiParty} for recording and scripted failures.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_locations.asciidoc">OCPI 2.2.1, Locations module</a>
 * @since 0.1
 */
public final class FakeEmsp extends FakeOcpiParty {
    private final InMemoryLocations locations = new InMemoryLocations();
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryCdrs cdrs = new InMemoryCdrs();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final ScheduledExecutorService scheduler;
    private final InMemoryAsyncResults results;

    private FakeEmsp(Builder b, ScheduledExecutorService scheduler, InMemoryAsyncResults[] holder) {
        super("EMSP", b.countryCode, b.partyId, (client, base) -> {
            holder[0] = new InMemoryAsyncResults(base + "/results", scheduler);
            return client.asyncResults(holder[0]).asyncResultTimeout(b.asyncResultTimeout);
        });
        this.scheduler = scheduler;
        this.results = Objects.requireNonNull(holder[0]);
        b.tokens.forEach(tokens::put);
        serve(OcpiDispatcher.builder(localPartyOf(), partners())
                .discovery(PartnerDiscovery.using(client()))
                .asyncResults(results)
                .service(tokens.asSender())
                .service(locations.asReceiver())
                .service(sessions.asReceiver())
                .service(cdrs.asReceiver())
                .service(tariffs.asReceiver())
                .build());
    }

    /**
     * Starts an eMSP {@code NL*EMS} with no tokens.
     *
     * @return the running fake; close it
     */
    public static FakeEmsp start() {
        return builder().start();
    }

    /**
     * A builder for an eMSP with other ids or tokens.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The locations CPOs pushed to this eMSP (PUT/PATCH on its Locations Receiver).
     *
     * @return a snapshot
     */
    public List<Location> locations() {
        return locations.all();
    }

    /**
     * The sessions pushed to this eMSP.
     *
     * @return a snapshot
     */
    public List<Session> sessions() {
        return sessions.all();
    }

    /**
     * The CDRs posted to this eMSP.
     *
     * @return a snapshot
     */
    public List<Cdr> cdrs() {
        return cdrs.all();
    }

    /**
     * The tariffs pushed to this eMSP.
     *
     * @return a snapshot
     */
    public List<Tariff> tariffs() {
        return tariffs.all();
    }

    /**
     * The eMSP's own tokens store: what its Tokens Sender serves and authorizes. Add tokens here before a CPO pulls.
     *
     * @return the live store
     */
    public InMemoryTokens tokens() {
        return tokens;
    }

    /**
     * The pending command and charging-profile results this eMSP waits for: results the CPO posts to the {@code
     * response_url}s handed out by {@link #client()} complete the futures of the client's async calls.
     *
     * @return the live results registry
     */
    public InMemoryAsyncResults results() {
        return results;
    }

    @Override
    public void close() {
        super.close();
        scheduler.shutdownNow();
    }

    /**
     * Builds a {@link FakeEmsp}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private String countryCode = "NL";
        private String partyId = "EMS";
        private Duration asyncResultTimeout = Duration.ofSeconds(10);
        private final java.util.ArrayList<Token> tokens = new java.util.ArrayList<>();

        private Builder() {}

        /**
         * Sets the party's country code (ISO 3166-1 alpha-2).
         *
         * @param value the country code, default {@code NL}
         * @return this
         */
        public Builder countryCode(String value) {
            countryCode = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets the party id (3 characters).
         *
         * @param value the party id, default {@code EMS}
         * @return this
         */
        public Builder partyId(String value) {
            partyId = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Adds a token to the eMSP's store.
         *
         * @param value a token the eMSP owns from the start
         * @return this
         */
        public Builder token(Token value) {
            tokens.add(Objects.requireNonNull(value));
            return this;
        }

        /**
         * Sets how long async results are awaited.
         *
         * @param value how long the eMSP's client waits for a command result, default 10 s
         * @return this
         */
        public Builder asyncResultTimeout(Duration value) {
            asyncResultTimeout = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Binds, builds and starts the fake.
         *
         * @return the running fake
         */
        public FakeEmsp start() {
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fake-emsp-results");
                t.setDaemon(true);
                return t;
            });
            return new FakeEmsp(this, scheduler, new InMemoryAsyncResults[1]);
        }
    }
}
