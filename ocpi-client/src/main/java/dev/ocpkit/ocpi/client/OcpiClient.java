package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.client.internal.ClientCore;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.client.internal.Handshake;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI client: discovery, the credentials handshake as the registering party, and access to every module of a
 * registered partner through {@link #partner(String)}.
 *
 * <pre>{@code
 * LocalParty us = new LocalParty("https://emsp.example.com/ocpi/versions", List.of(OcpiVersion.V2_2_1),
 *         List.of(new PartyRole("EMSP", "NL", "EXA", "Example eMSP", null)));
 * try (OcpiClient client = OcpiClient.builder(us).partnerStore(store).build()) {
 *     Partner cpo = client.register(tokenA, "https://cpo.example.com/ocpi/versions");
 *     client.partner(cpo.id()).v221().locationsSender().list(PageRequest.FIRST)
 *             .stream().forEach(location -> ...);
 * }
 * }</pre>
 *
 * <p>Every network operation comes in two forms: {@code fooAsync(...)} returns a {@link CompletableFuture} that
 * always completes (normally with the result; exceptionally with an {@link dev.ocpkit.ocpi.model.OcpiException}:
 * {@link OcpiStatusException}, {@link OcpiTransportException}, {@link OcpiInvalidResponseException},
 * {@link dev.ocpkit.ocpi.model.OcpiParseException}, ...), and {@code foo(...)} blocks and throws that exception
 * unwrapped. Every request carries {@code Authorization}, a new {@code X-Request-ID} and an
 * {@code X-Correlation-ID}.
 *
 * <p>Thread-safe; create one per application and share it. {@link #close()} releases the transport if the client
 * created it.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/credentials.asciidoc">OCPI 2.2.1, Credentials</a>
 * @since 0.1
 */
public final class OcpiClient implements AutoCloseable {
    private final ClientCore core;
    private final Handshake handshake;

    private OcpiClient(ClientCore core) {
        this.core = core;
        this.handshake = new Handshake(core);
    }

    /**
     * A builder for a client acting as {@code localParty}.
     *
     * @param localParty who we are: our versions URL, versions and roles
     */
    public static Builder builder(LocalParty localParty) {
        return new Builder(localParty);
    }

    /**
     * A new credentials token for a partner to use (token A to hand out, or token B during registration): 32 bytes
     * from a {@link java.security.SecureRandom}, Base64url-encoded without padding (43 printable ASCII characters).
     *
     * @return the token; never logged by ocpkit
     */
    public static String generateToken() {
        return Handshake.generateToken();
    }

    /** Who we are. */
    public LocalParty localParty() {
        return core.localParty();
    }

    /** Where partners are kept. */
    public PartnerStore partnerStore() {
        return core.partnerStore();
    }

    /**
     * Discovery: reads a partner's versions, picks the highest version both sides support (see
     * {@link LocalParty#versions()}) and reads its endpoints. The token travels as the quirks say; when the version is
     * not yet known and the encoding is {@link PartnerQuirks.TokenEncoding#BY_VERSION}, Base64 is tried first and the
     * raw token after an HTTP 401.
     *
     * @param versionsUrl the partner's versions endpoint
     * @param token the token to send (token A when registering, token B when the partner registers with us)
     * @param quirks how the partner deviates from the specification
     * @return a future that completes normally with the discovery, or exceptionally with an
     *     {@link OcpiRegistrationException} ({@link OcpiRegistrationException.Reason#NO_COMMON_VERSION}) or another
     *     {@link dev.ocpkit.ocpi.model.OcpiException}
     * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/version_information_endpoint.asciidoc">OCPI 2.2.1, Version
     *     information endpoint</a>
     */
    public CompletableFuture<Discovery> discoverAsync(String versionsUrl, String token, PartnerQuirks quirks) {
        return discoverAsync(versionsUrl, token, quirks, null);
    }

    /**
     * Discovery of one given version, e.g. the version of our credentials endpoint a partner registered on (the
     * server side of the handshake).
     *
     * @param versionsUrl the partner's versions endpoint
     * @param token the token to send
     * @param quirks how the partner deviates from the specification
     * @param version the version to read, or {@code null} for the highest common one
     * @return as {@link #discoverAsync(String, String, PartnerQuirks)}; fails with
     *     {@link OcpiRegistrationException.Reason#NO_COMMON_VERSION} when the partner does not offer {@code version}
     */
    public CompletableFuture<Discovery> discoverAsync(
            String versionsUrl, String token, PartnerQuirks quirks, @Nullable OcpiVersion version) {
        Objects.requireNonNull(versionsUrl, "versionsUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(quirks, "quirks");
        try {
            return handshake.discover(versionsUrl, token, quirks, version);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Blocking {@link #discoverAsync(String, String, PartnerQuirks)}; throws its failure unwrapped. */
    public Discovery discover(String versionsUrl, String token, PartnerQuirks quirks) {
        return Futures.join(discoverAsync(versionsUrl, token, quirks));
    }

    /** Blocking {@link #discoverAsync(String, String, PartnerQuirks, OcpiVersion)}; throws its failure unwrapped. */
    public Discovery discover(String versionsUrl, String token, PartnerQuirks quirks, @Nullable OcpiVersion version) {
        return Futures.join(discoverAsync(versionsUrl, token, quirks, version));
    }

    /**
     * Registers with a partner, with {@link RegistrationOptions#DEFAULTS}.
     *
     * @see #registerAsync(String, String, RegistrationOptions)
     */
    public CompletableFuture<Partner> registerAsync(String tokenA, String theirVersionsUrl) {
        return registerAsync(tokenA, theirVersionsUrl, RegistrationOptions.DEFAULTS);
    }

    /**
     * Registers with a partner (we are the "Sender" of the credentials module): discovery with token A, a new token B
     * saved in the partner store (state {@link Partner.State#PENDING}, so that our server accepts the partner's calls
     * to our versions endpoint with B), {@code POST} of our credentials with B, and token C from the answer saved
     * (state {@link Partner.State#REGISTERED}). When the partner's credentials name another versions URL, its
     * endpoints are read again from there with token C. On failure the partner store is restored.
     *
     * @param tokenA the token the partner issued to us out of band
     * @param theirVersionsUrl the partner's versions endpoint
     * @param options partner id, quirks and required endpoints
     * @return a future that completes normally with the registered partner, or exceptionally with an
     *     {@link OcpiRegistrationException} (no common version, missing endpoints, 3001, 3003, HTTP 405 =
     *     {@link OcpiRegistrationException.Reason#ALREADY_REGISTERED}) or another
     *     {@link dev.ocpkit.ocpi.model.OcpiException}; the {@code POST} is never retried
     * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/credentials.asciidoc#credentials_registration">OCPI 2.2.1,
     *     Registration</a>
     */
    public CompletableFuture<Partner> registerAsync(
            String tokenA, String theirVersionsUrl, RegistrationOptions options) {
        Objects.requireNonNull(tokenA, "tokenA");
        Objects.requireNonNull(theirVersionsUrl, "theirVersionsUrl");
        Objects.requireNonNull(options, "options");
        try {
            return handshake.register(tokenA, theirVersionsUrl, options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Blocking {@link #registerAsync(String, String)}; throws its failure unwrapped. */
    public Partner register(String tokenA, String theirVersionsUrl) {
        return Futures.join(registerAsync(tokenA, theirVersionsUrl));
    }

    /** Blocking {@link #registerAsync(String, String, RegistrationOptions)}; throws its failure unwrapped. */
    public Partner register(String tokenA, String theirVersionsUrl, RegistrationOptions options) {
        return Futures.join(registerAsync(tokenA, theirVersionsUrl, options));
    }

    /**
     * Updates a registration: discovery with token C (switching to the highest common version, which may be newer),
     * a new token B, {@code PUT} of our credentials, and the new token C saved. While the {@code PUT} runs, the
     * partner store holds the new token B (the partner fetches our versions with it); on failure the previous partner
     * is restored.
     *
     * @param partnerId a registered partner
     * @return a future that completes normally with the updated partner, or exceptionally with an
     *     {@link OcpiRegistrationException} ({@link OcpiRegistrationException.Reason#NOT_REGISTERED} for HTTP 405 or
     *     a partner that is not registered in our store) or another {@link dev.ocpkit.ocpi.model.OcpiException}
     * @see <a
     *     href="https://github.com/ocpi/ocpi/blob/2.2.1/credentials.asciidoc#credentials_updating_the_credentials_and_resetting_the_token">OCPI
     *     2.2.1, Updating the credentials</a>
     */
    public CompletableFuture<Partner> updateAsync(String partnerId) {
        return handshake.update(Objects.requireNonNull(partnerId, "partnerId"));
    }

    /** Blocking {@link #updateAsync(String)}; throws its failure unwrapped. */
    public Partner update(String partnerId) {
        return Futures.join(updateAsync(partnerId));
    }

    /**
     * Unregisters: {@code DELETE} on the partner's credentials endpoint, then the partner is saved as
     * {@link Partner.State#UNREGISTERED} (its token is no longer accepted by our server).
     *
     * @param partnerId a registered partner
     * @return a future that completes normally with the unregistered partner, or exceptionally with an
     *     {@link OcpiRegistrationException} ({@link OcpiRegistrationException.Reason#NOT_REGISTERED} for HTTP 405)
     *     or another {@link dev.ocpkit.ocpi.model.OcpiException}
     */
    public CompletableFuture<Partner> unregisterAsync(String partnerId) {
        return handshake.unregister(Objects.requireNonNull(partnerId, "partnerId"));
    }

    /** Blocking {@link #unregisterAsync(String)}; throws its failure unwrapped. */
    public Partner unregister(String partnerId) {
        return Futures.join(unregisterAsync(partnerId));
    }

    /**
     * Reads a registered partner's credentials object ({@code GET} on its credentials endpoint).
     *
     * @param partnerId a registered partner
     * @return a future that completes normally with the credentials, or exceptionally with an
     *     {@link dev.ocpkit.ocpi.model.OcpiException}
     */
    public CompletableFuture<PartnerCredentials> fetchCredentialsAsync(String partnerId) {
        return handshake.fetchCredentials(Objects.requireNonNull(partnerId, "partnerId"));
    }

    /** Blocking {@link #fetchCredentialsAsync(String)}; throws its failure unwrapped. */
    public PartnerCredentials fetchCredentials(String partnerId) {
        return Futures.join(fetchCredentialsAsync(partnerId));
    }

    /**
     * The modules of a partner in the partner store. The partner is read from the store at every request, so a
     * token renewed by {@link #update(String)} is used at once.
     *
     * @param partnerId the partner's id
     * @throws IllegalArgumentException when the store has no such partner
     */
    public PartnerClient partner(String partnerId) {
        Objects.requireNonNull(partnerId, "partnerId");
        if (core.partnerStore().find(partnerId).isEmpty()) {
            throw new IllegalArgumentException("no partner " + partnerId + " in the partner store");
        }
        return new PartnerClient(core, () -> core.partnerStore()
                .find(partnerId)
                .orElseThrow(() -> new OcpiMissingEndpointException("partner " + partnerId + " was removed")));
    }

    /**
     * The modules of a partner given as a value (not read from the store), e.g. one configured by hand.
     *
     * @param partner the partner, with version, endpoints and the token we use
     */
    public PartnerClient partner(Partner partner) {
        Objects.requireNonNull(partner, "partner");
        return new PartnerClient(core, () -> partner);
    }

    /** Closes the transport if this client created it. */
    @Override
    public void close() {
        core.close();
    }

    /** Builds an {@link OcpiClient}; not thread-safe. */
    public static final class Builder {
        private final LocalParty localParty;
        private @Nullable OcpiTransport transport;
        private TransportOptions transportOptions = TransportOptions.DEFAULTS;
        private PartnerStore partnerStore = new InMemoryPartnerStore();
        private @Nullable AsyncResults asyncResults;
        private Duration asyncResultTimeout = Duration.ofMinutes(2);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Supplier<String> requestIds = () -> UUID.randomUUID().toString();
        private Executor executor = ForkJoinPool.commonPool();

        private Builder(LocalParty localParty) {
            this.localParty = Objects.requireNonNull(localParty, "localParty");
        }

        /**
         * The transport; the caller keeps ownership. Default: one created by {@link OcpiTransports#create} (OkHttp
         * when available) and closed with the client.
         */
        public Builder transport(OcpiTransport value) {
            this.transport = Objects.requireNonNull(value);
            return this;
        }

        /** Options of the default transport, and the request timeout; default {@link TransportOptions#DEFAULTS}. */
        public Builder transportOptions(TransportOptions value) {
            this.transportOptions = Objects.requireNonNull(value);
            return this;
        }

        /** Where partners are kept; default a new {@link InMemoryPartnerStore}. */
        public Builder partnerStore(PartnerStore value) {
            this.partnerStore = Objects.requireNonNull(value);
            return this;
        }

        /**
         * The {@code response_url} registry shared with the server module; needed for commands and charging
         * profiles. Default none (those calls then fail with {@link IllegalStateException}).
         */
        public Builder asyncResults(AsyncResults value) {
            this.asyncResults = Objects.requireNonNull(value);
            return this;
        }

        /** How long a command or charging profile result may take to arrive; default 2 minutes. */
        public Builder asyncResultTimeout(Duration value) {
            this.asyncResultTimeout = Objects.requireNonNull(value);
            return this;
        }

        /** Retries of idempotent requests; default {@link RetryPolicy#DEFAULT}. */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value);
            return this;
        }

        /** The source of {@code X-Request-ID} and {@code X-Correlation-ID} values; default random UUIDs. */
        public Builder requestIds(Supplier<String> value) {
            this.requestIds = Objects.requireNonNull(value);
            return this;
        }

        /** Runs retries after their backoff and asynchronous page loops; default the common pool. */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value);
            return this;
        }

        /** The client. */
        public OcpiClient build() {
            boolean owns = transport == null;
            OcpiTransport t = owns ? OcpiTransports.create(transportOptions) : transport;
            return new OcpiClient(new ClientCore(
                    t,
                    owns,
                    retryPolicy,
                    transportOptions.requestTimeout(),
                    requestIds,
                    executor,
                    localParty,
                    partnerStore,
                    asyncResults,
                    asyncResultTimeout));
        }
    }
}
