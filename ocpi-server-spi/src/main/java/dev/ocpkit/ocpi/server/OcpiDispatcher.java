package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.client.AsyncResults;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartnerStore;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.server.internal.Binding;
import dev.ocpkit.ocpi.server.internal.Engine;
import dev.ocpkit.ocpi.server.internal.Settings;
import dev.ocpkit.ocpi.server.internal.Tokens;
import dev.ocpkit.ocpi.server.internal.V211Support;
import dev.ocpkit.ocpi.server.internal.V221Support;
import dev.ocpkit.ocpi.server.internal.V230Support;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI server, independent of any HTTP library: {@link #handle(OcpiRequest)} turns one HTTP request into one
 * HTTP response, applying every transport rule of OCPI and calling the host's services.
 *
 * <h2>URLs</h2>
 *
 * The layout follows from {@link LocalParty#versionsUrl()}, e.g. {@code https://ocpi.example.com/ocpi/versions}; with
 * {@code base = https://ocpi.example.com/ocpi}:
 *
 * <ul>
 *   <li>{@code {base}/versions}: the versions this party offers ({@link LocalParty#versions()}); the server supports
 *       OCPI 2.1.1 (services of {@code dev.ocpkit.ocpi.server.v211}), 2.2.1 ({@code dev.ocpkit.ocpi.server.v221}) and
 *       2.3.0 ({@code dev.ocpkit.ocpi.server.v230}), and one dispatcher serves all of them side by side;
 *   <li>{@code {base}/{version}}: the version details, listing {@code credentials} and every module the registered
 *       services implement for that version;
 *   <li>{@code {base}/{version}/credentials}: the credentials module (handled by the dispatcher itself);
 *   <li>{@code {base}/{version}/sender/{module}} and {@code {base}/{version}/receiver/{module}}: the modules;
 *   <li>{@code {base}/results/{id}}: the {@code response_url}s of an {@link AsyncResults}, when one is configured.
 * </ul>
 *
 * <h2>What the dispatcher does</h2>
 *
 * <ul>
 *   <li>Authentication: {@code Authorization: Token ...} looked up in the {@link PartnerStore}, Base64 for OCPI 2.2+ and
 *       raw for 2.1.1, or as the partner's {@link PartnerQuirks.TokenEncoding} allows; HTTP 401 when missing or
 *       unknown, and for a pending partner's token A anywhere but versions, version details and credentials.
 *   <li>Credentials as the receiving party: POST registers (calls the partner back through the {@link
 *       PartnerDiscovery} with its token B, issues token C), PUT updates, DELETE unregisters, GET returns our
 *       credentials; 405 for POST when registered and for PUT or DELETE when not.
 *   <li>Routing headers on functional modules (2.2+): required on traffic from a hub, validated when present, and
 *       returned reversed.
 *   <li>Bodies read only after authentication and never beyond {@link Builder#maxBodyBytes(int)} (HTTP 413, 2001);
 *       malformed JSON HTTP 400 with 2001; objects that do not bind or break the specification 2001 with the JSON
 *       paths of the violations (under {@link ParsingPolicy}); identifiers in the URL that differ from the object's
 *       2001. A bad request never reaches a service.
 *   <li>Pagination: {@code offset}, {@code limit} capped to {@link Builder#maxPageSize(int)}, {@code date_from} /
 *       {@code date_to}; {@code X-Total-Count}, {@code X-Limit} and a {@code Link} to the next page that keeps the
 *       original filters.
 *   <li>Envelopes with {@code status_code}, {@code status_message} and {@code timestamp}; HTTP 201 for created
 *       objects; 404 with 2000 for unknown paths and with 3002 for unsupported versions; {@code X-Request-ID} and
 *       {@code X-Correlation-ID} echoed (or generated).
 *   <li>A service that throws an {@link dev.ocpkit.ocpi.model.OcpiException} answers with its status code; any other
 *       exception answers status 3000 "internal error" (logged at WARN, never sent to the partner).
 * </ul>
 *
 * <p>Thread-safe: one instance serves all requests. {@link #handle} never throws and blocks only inside the host's
 * services and, during registration, the {@link PartnerDiscovery}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc">OCPI 2.2.1, Transport and
 *     format</a>
 * @since 0.1
 */
public final class OcpiDispatcher {
    private final Engine engine;

    private OcpiDispatcher(Engine engine) {
        this.engine = engine;
    }

    /**
     * A builder.
     *
     * @param localParty who we are: our versions URL (which fixes the URL layout), versions and roles
     * @param partners where partners and their tokens are kept
     */
    public static Builder builder(LocalParty localParty, PartnerStore partners) {
        return new Builder(localParty, partners);
    }

    /**
     * Handles one request. Never throws: every failure becomes an OCPI error response.
     *
     * @param request the request; its body is read at most once, after authentication
     * @return the response to write back
     */
    public OcpiResponse handle(OcpiRequest request) {
        return engine.handle(request);
    }

    /** Our versions URL, as given in the {@link LocalParty}. */
    public String versionsUrl() {
        return engine.settings().localParty().versionsUrl();
    }

    /**
     * The base URL under which the {@code response_url}s of an {@link AsyncResults} are served: {@code
     * {base}/results}. Give it to {@link dev.ocpkit.ocpi.client.InMemoryAsyncResults}.
     */
    public String resultsUrl() {
        return engine.resultsUrl();
    }

    /**
     * The public URL of a module endpoint of a version, as published in the version details.
     *
     * @param role {@code "SENDER"} or {@code "RECEIVER"}; for OCPI 2.1.1, whose endpoints have no role, the side as
     *     named by the {@code dev.ocpkit.ocpi.server.v211} interface ({@code ...Sender} or {@code ...Receiver})
     * @return the URL, or {@code null} when no service of that module and role is registered for that version
     */
    public @Nullable String endpointUrl(OcpiVersion version, String moduleId, String role) {
        for (Binding b : engine.bindings(version)) {
            if (b.moduleId().equals(moduleId) && b.role().name().equalsIgnoreCase(role)) {
                return engine.moduleUrl(version, b);
            }
        }
        return null;
    }

    /**
     * Issues a new token A for a partner that is to register with us, and saves it as {@link
     * Partner.State#PENDING}. Send the token and {@link #versionsUrl()} to the partner out of band.
     *
     * @param partnerId the id under which the partner is kept
     * @param quirks how the partner deviates from the specification ({@link PartnerQuirks#SPEC} when unsure)
     * @return the token A (43 URL-safe characters)
     */
    public String issueTokenA(String partnerId, PartnerQuirks quirks) {
        String token = Tokens.generate();
        engine.settings().partners().save(Partner.pending(partnerId, token, quirks));
        return token;
    }

    /** Builds an {@link OcpiDispatcher}; not thread-safe. */
    public static final class Builder {
        private final LocalParty localParty;
        private final PartnerStore partners;
        private final List<OcpiService> services = new ArrayList<>();
        private @Nullable PartnerDiscovery discovery;
        private @Nullable AsyncResults asyncResults;
        private ParsingPolicy policy = ParsingPolicy.STRICT;
        private int maxPageSize = 100;
        private int maxBodyBytes = 1 << 20;
        private int serializationCache = 1024;
        private Clock clock = Clock.systemUTC();
        private RegistrationListener listener = RegistrationListener.NONE;
        private Set<String> requiredPartnerModules = Set.of();

        private Builder(LocalParty localParty, PartnerStore partners) {
            this.localParty = Objects.requireNonNull(localParty, "localParty");
            this.partners = Objects.requireNonNull(partners, "partners");
        }

        /**
         * Registers a service: every module interface it implements, of every version the party offers, is bound and
         * published in that version's details. One service per module, role and version.
         */
        public Builder service(OcpiService service) {
            services.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        /**
         * How the credentials handshake calls registering partners back (fetches their versions and endpoints with
         * their token B). Without one, a registration answers status 3001.
         */
        public Builder discovery(PartnerDiscovery discovery) {
            this.discovery = Objects.requireNonNull(discovery, "discovery");
            return this;
        }

        /** Serves the {@code response_url}s of these pending results under {@link #resultsUrl()}. */
        public Builder asyncResults(AsyncResults asyncResults) {
            this.asyncResults = Objects.requireNonNull(asyncResults, "asyncResults");
            return this;
        }

        /** How strictly request bodies are validated; default {@link ParsingPolicy#STRICT}. */
        public Builder parsingPolicy(ParsingPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The largest page a GET list returns (the {@code X-Limit} header); default 100. */
        public Builder maxPageSize(int maxPageSize) {
            if (maxPageSize < 1) {
                throw new IllegalArgumentException("maxPageSize must be >= 1");
            }
            this.maxPageSize = maxPageSize;
            return this;
        }

        /** The largest request body accepted, in bytes; default 1 MiB. Larger bodies get HTTP 413 unread. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be >= 1");
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * How many serialized objects of list responses are kept, keyed by identity, so that a service that returns
         * the same (immutable) record instances again, such as an in-memory store, has them written once; 0 disables.
         * Default 1024. The cache holds strong references to that many objects.
         */
        public Builder serializationCache(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("entries must be >= 0");
            }
            this.serializationCache = entries;
            return this;
        }

        /** The clock of the envelope timestamps; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Told about completed registrations; default {@link RegistrationListener#NONE}. */
        public Builder registrationListener(RegistrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Module identifiers a registering partner must offer (e.g. {@code cdrs} for a CPO that pushes CDRs); a
         * partner without them is refused with status 3003. Default: none.
         */
        public Builder requiredPartnerModules(Set<String> moduleIds) {
            this.requiredPartnerModules = Set.copyOf(moduleIds);
            return this;
        }

        /**
         * The dispatcher.
         *
         * @throws IllegalArgumentException when the versions URL is not absolute, a version of the party has no
         *     server support, a service implements no interface of the party's versions, or two services claim the
         *     same module, role and version
         */
        public OcpiDispatcher build() {
            Settings settings = new Settings(
                    localParty,
                    partners,
                    List.copyOf(services),
                    discovery,
                    asyncResults,
                    policy,
                    maxPageSize,
                    maxBodyBytes,
                    serializationCache,
                    clock,
                    listener,
                    requiredPartnerModules);
            return new OcpiDispatcher(
                    new Engine(settings, List.of(new V211Support(), new V221Support(), new V230Support())));
        }
    }
}
