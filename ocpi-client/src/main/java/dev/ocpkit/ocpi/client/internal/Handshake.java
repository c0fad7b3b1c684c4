package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.Discovery;
import dev.ocpkit.ocpi.client.OcpiInvalidResponseException;
import dev.ocpkit.ocpi.client.OcpiRegistrationException;
import dev.ocpkit.ocpi.client.OcpiRegistrationException.Reason;
import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.client.OfferedVersion;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerCredentials;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.RegistrationOptions;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Discovery and the credentials handshake as the registering party. */
public final class Handshake {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ocpkit.ocpi.client");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientCore core;

    public Handshake(ClientCore core) {
        this.core = core;
    }

    /** A new credentials token: 32 random bytes, Base64url without padding (43 printable ASCII characters). */
    public static String generateToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Versions, then the chosen version's details. */
    public CompletableFuture<Discovery> discover(
            String versionsUrl, String token, PartnerQuirks quirks, @Nullable OcpiVersion wanted) {
        OcpiJson json = core.json(null, quirks.writeTimestampsWithZone());
        String correlation = core.newId();
        Call versions = new Call(
                "GET",
                versionsUrl,
                null,
                "GET versions",
                new Call.Auth(token, quirks.tokenEncoding(), null),
                Map.of(),
                correlation);
        return core.send(versions, Envelopes.object(json, JsonNode.class, true, "GET versions", token))
                .thenCompose(reply -> {
                    List<OfferedVersion> offered = parseVersions(reply, versionsUrl);
                    OfferedVersion chosen = choose(offered, wanted);
                    OcpiVersion version = chosen.ocpiVersion().orElseThrow();
                    Call details = new Call(
                            "GET",
                            chosen.url(),
                            null,
                            "GET version details",
                            new Call.Auth(token, quirks.tokenEncoding(), version),
                            Map.of(),
                            correlation);
                    OcpiJson vjson = core.json(version, quirks.writeTimestampsWithZone());
                    return core.send(
                                    details,
                                    Envelopes.object(vjson, JsonNode.class, true, "GET version details", token))
                            .thenApply(r -> new Discovery(
                                    versionsUrl, offered, version, chosen.url(), parseEndpoints(r, chosen.url())));
                });
    }

    private static List<OfferedVersion> parseVersions(Reply<@Nullable JsonNode> reply, String base) {
        JsonNode data = reply.value();
        if (data == null || !data.isArray()) {
            throw new OcpiInvalidResponseException(
                    reply.response().statusCode(),
                    "GET versions: data is not a list of versions, X-Request-ID " + reply.requestId(),
                    reply.requestId());
        }
        List<OfferedVersion> out = new ArrayList<>();
        for (JsonNode v : data) {
            String number = text(v.get("version"));
            String url = text(v.get("url"));
            if (number == null || url == null) {
                LOG.debug("OCPI versions: skipping an entry without version or url");
                continue;
            }
            try {
                out.add(new OfferedVersion(number, Urls.resolve(base, url.trim())));
            } catch (IllegalArgumentException e) {
                LOG.debug("OCPI versions: skipping version {} with an invalid url", number);
            }
        }
        return out;
    }

    private OfferedVersion choose(List<OfferedVersion> offered, @Nullable OcpiVersion wanted) {
        OfferedVersion best = null;
        for (OfferedVersion o : offered) {
            Optional<OcpiVersion> v = o.ocpiVersion();
            if (v.isEmpty() || !core.localParty().versions().contains(v.get())) {
                continue;
            }
            if (wanted != null) {
                if (v.get() == wanted) {
                    return o;
                }
                continue;
            }
            if (best == null || v.get().compareTo(best.ocpiVersion().orElseThrow()) > 0) {
                best = o;
            }
        }
        if (best == null) {
            List<String> theirs = offered.stream().map(OfferedVersion::version).toList();
            throw OcpiRegistrationExceptions.local(
                    Reason.NO_COMMON_VERSION,
                    OcpiStatusCode.UNSUPPORTED_VERSION,
                    wanted != null
                            ? "the partner does not offer OCPI " + wanted.value() + " (it offers " + theirs + ")"
                            : "no common OCPI version: the partner offers " + theirs + ", we support "
                                    + core.localParty().versions());
        }
        return best;
    }

    private static List<PartnerEndpoint> parseEndpoints(Reply<@Nullable JsonNode> reply, String base) {
        JsonNode data = reply.value();
        JsonNode endpoints = data == null ? null : data.get("endpoints");
        if (endpoints == null || !endpoints.isArray()) {
            throw new OcpiInvalidResponseException(
                    reply.response().statusCode(),
                    "GET version details: no endpoints list, X-Request-ID " + reply.requestId(),
                    reply.requestId());
        }
        List<PartnerEndpoint> out = new ArrayList<>();
        for (JsonNode e : endpoints) {
            String id = text(e.get("identifier"));
            String url = text(e.get("url"));
            String role = text(e.get("role"));
            if (id == null || url == null) {
                LOG.debug("OCPI version details: skipping an endpoint without identifier or url");
                continue;
            }
            try {
                out.add(new PartnerEndpoint(
                        id.trim(), role == null ? "" : role.trim(), Urls.resolve(base, url.trim())));
            } catch (IllegalArgumentException ex) {
                LOG.debug("OCPI version details: skipping endpoint {} with an invalid url", id);
            }
        }
        return out;
    }

    /** The whole registration: discovery with token A, token B saved, POST credentials, token C saved. */
    public CompletableFuture<Partner> register(String tokenA, String versionsUrl, RegistrationOptions options) {
        String id = options.partnerId() != null ? options.partnerId() : versionsUrl;
        PartnerQuirks quirks = options.quirks();
        return discover(versionsUrl, tokenA, quirks, null).thenCompose(d -> {
            String credentialsUrl = d.endpoint("credentials", "")
                    .orElseThrow(() -> OcpiRegistrationExceptions.local(
                            Reason.MISSING_ENDPOINTS,
                            OcpiStatusCode.NO_MATCHING_ENDPOINTS,
                            "the partner has no credentials endpoint in OCPI "
                                    + d.version().value()));
            List<String> missing = new ArrayList<>();
            for (RegistrationOptions.Required r : options.required()) {
                if (d.endpoint(r.moduleId(), r.role()).isEmpty()) {
                    missing.add(r.moduleId() + (r.role().isEmpty() ? "" : " " + r.role()));
                }
            }
            if (!missing.isEmpty()) {
                throw OcpiRegistrationExceptions.local(
                        Reason.MISSING_ENDPOINTS,
                        OcpiStatusCode.NO_MATCHING_ENDPOINTS,
                        "the partner lacks required endpoints " + missing + "; no credentials sent");
            }
            String tokenB = generateToken();
            Optional<Partner> previous = core.partnerStore().find(id);
            core.partnerStore()
                    .save(new Partner(
                            id,
                            Partner.State.PENDING,
                            versionsUrl,
                            d.version(),
                            d.endpoints(),
                            tokenA,
                            tokenB,
                            List.of(),
                            quirks));
            OcpiJson json = core.json(d.version(), quirks.writeTimestampsWithZone());
            Call post = new Call(
                    "POST",
                    credentialsUrl,
                    json.writeBytes(credentialsBody(json, d.version(), tokenB)),
                    "POST credentials",
                    new Call.Auth(tokenA, quirks.tokenEncoding(), d.version()),
                    Map.of(),
                    core.newId());
            return core.send(post, Envelopes.object(json, JsonNode.class, true, "POST credentials", tokenA))
                    .handle((reply, error) -> {
                        if (error != null) {
                            restore(id, previous);
                            throw completion(mapError(error, true));
                        }
                        PartnerCredentials theirs;
                        try {
                            theirs = parseCredentials(reply, d.version());
                        } catch (RuntimeException e) {
                            restore(id, previous);
                            throw e;
                        }
                        return finish(id, theirs, tokenB, d, quirks);
                    })
                    .thenCompose(f -> f);
        });
    }

    /** Saves the registered partner, re-reading its endpoints when its credentials name another versions URL. */
    private CompletableFuture<Partner> finish(
            String id, PartnerCredentials theirs, String tokenB, Discovery d, PartnerQuirks quirks) {
        CompletableFuture<Discovery> endpoints = theirs.url().equals(d.versionsUrl())
                ? CompletableFuture.completedFuture(d)
                : discover(theirs.url(), theirs.token(), quirks, d.version());
        return endpoints.thenApply(found -> {
            Partner registered = new Partner(
                    id,
                    Partner.State.REGISTERED,
                    found.versionsUrl(),
                    found.version(),
                    found.endpoints(),
                    theirs.token(),
                    tokenB,
                    theirs.roles(),
                    quirks);
            core.partnerStore().save(registered);
            LOG.debug(
                    "OCPI partner {} registered with OCPI {}",
                    id,
                    found.version().value());
            return registered;
        });
    }

    /** PUT credentials with a new token B (and the highest common version, which may be newer). */
    public CompletableFuture<Partner> update(String partnerId) {
        Partner p;
        try {
            p = registered(partnerId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        String tokenC = p.tokenWeUse();
        PartnerQuirks quirks = p.quirks();
        return discover(p.versionsUrl(), tokenC, quirks, null).thenCompose(d -> {
            String credentialsUrl = d.endpoint("credentials", "")
                    .orElseThrow(() -> OcpiRegistrationExceptions.local(
                            Reason.MISSING_ENDPOINTS,
                            OcpiStatusCode.NO_MATCHING_ENDPOINTS,
                            "the partner has no credentials endpoint in OCPI "
                                    + d.version().value()));
            String tokenB = generateToken();
            core.partnerStore().save(p.withTokens(tokenC, tokenB));
            OcpiJson json = core.json(d.version(), quirks.writeTimestampsWithZone());
            Call put = new Call(
                    "PUT",
                    credentialsUrl,
                    json.writeBytes(credentialsBody(json, d.version(), tokenB)),
                    "PUT credentials",
                    new Call.Auth(tokenC, quirks.tokenEncoding(), d.version()),
                    Map.of(),
                    core.newId());
            return core.send(put, Envelopes.object(json, JsonNode.class, true, "PUT credentials", tokenC))
                    .handle((reply, error) -> {
                        if (error != null) {
                            core.partnerStore().save(p);
                            throw completion(mapError(error, false));
                        }
                        PartnerCredentials theirs;
                        try {
                            theirs = parseCredentials(reply, d.version());
                        } catch (RuntimeException e) {
                            core.partnerStore().save(p);
                            throw e;
                        }
                        return finish(partnerId, theirs, tokenB, d, quirks);
                    })
                    .thenCompose(f -> f);
        });
    }

    /** DELETE credentials; the partner is then saved as unregistered. */
    public CompletableFuture<Partner> unregister(String partnerId) {
        try {
            Partner p = registered(partnerId);
            String url = credentialsUrl(p);
            OcpiJson json = core.json(p.version(), p.quirks().writeTimestampsWithZone());
            Call delete = new Call(
                    "DELETE",
                    url,
                    null,
                    "DELETE credentials",
                    new Call.Auth(p.tokenWeUse(), p.quirks().tokenEncoding(), p.version()),
                    Map.of(),
                    core.newId());
            return core.send(delete, Envelopes.none(json, "DELETE credentials", p.tokenWeUse()))
                    .handle((reply, error) -> {
                        if (error != null) {
                            throw completion(mapError(error, false));
                        }
                        Partner gone = p.withState(Partner.State.UNREGISTERED);
                        core.partnerStore().save(gone);
                        return gone;
                    });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** GET credentials: the partner's current credentials object. */
    public CompletableFuture<PartnerCredentials> fetchCredentials(String partnerId) {
        try {
            Partner p = registered(partnerId);
            String url = credentialsUrl(p);
            OcpiJson json = core.json(p.version(), p.quirks().writeTimestampsWithZone());
            Call get = new Call(
                    "GET",
                    url,
                    null,
                    "GET credentials",
                    new Call.Auth(p.tokenWeUse(), p.quirks().tokenEncoding(), p.version()),
                    Map.of(),
                    core.newId());
            return core.send(get, Envelopes.object(json, JsonNode.class, true, "GET credentials", p.tokenWeUse()))
                    .thenApply(r -> parseCredentials(r, p.version()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Partner registered(String partnerId) {
        Partner p = core.partnerStore()
                .find(partnerId)
                .orElseThrow(() -> OcpiRegistrationExceptions.local(
                        Reason.NOT_REGISTERED,
                        OcpiStatusCode.CLIENT_ERROR,
                        "no partner " + partnerId + " in the partner store"));
        if (p.state() != Partner.State.REGISTERED
                || p.tokenWeUse() == null
                || p.versionsUrl() == null
                || p.version() == null) {
            throw OcpiRegistrationExceptions.local(
                    Reason.NOT_REGISTERED,
                    OcpiStatusCode.CLIENT_ERROR,
                    "partner " + partnerId + " is not registered (" + p.state() + ")");
        }
        return p;
    }

    private static String credentialsUrl(Partner p) {
        return p.endpoints().stream()
                .filter(e -> e.moduleId().equals("credentials"))
                .map(PartnerEndpoint::url)
                .findFirst()
                .orElseThrow(() -> OcpiRegistrationExceptions.local(
                        Reason.MISSING_ENDPOINTS,
                        OcpiStatusCode.NO_MATCHING_ENDPOINTS,
                        "partner " + p.id() + " has no credentials endpoint"));
    }

    private void restore(String id, Optional<Partner> previous) {
        if (previous.isPresent()) {
            core.partnerStore().save(previous.get());
        } else {
            core.partnerStore().delete(id);
        }
    }

    /** Our credentials object for a version: 2.2+ with roles, 2.1.1 with the first role's party. */
    ObjectNode credentialsBody(OcpiJson json, OcpiVersion version, String token) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("token", token);
        body.put("url", core.localParty().versionsUrl());
        List<PartyRole> roles = core.localParty().roles();
        if (version == OcpiVersion.V2_1_1) {
            PartyRole first = roles.get(0);
            body.set("business_details", businessDetails(json, first));
            body.put("party_id", first.partyId());
            body.put("country_code", first.countryCode());
        } else {
            ArrayNode array = body.putArray("roles");
            for (PartyRole r : roles) {
                ObjectNode role = array.addObject();
                role.put("role", r.role());
                role.set("business_details", businessDetails(json, r));
                role.put("party_id", r.partyId());
                role.put("country_code", r.countryCode());
            }
        }
        return body;
    }

    private static ObjectNode businessDetails(OcpiJson json, PartyRole r) {
        ObjectNode bd = json.mapper().createObjectNode();
        bd.put("name", r.businessName());
        if (r.website() != null) {
            bd.put("website", r.website());
        }
        return bd;
    }

    /** Their credentials, version-neutral. */
    PartnerCredentials parseCredentials(Reply<@Nullable JsonNode> reply, OcpiVersion version) {
        JsonNode data = reply.value();
        String token = data == null ? null : text(data.get("token"));
        String url = data == null ? null : text(data.get("url"));
        if (data == null || token == null || token.isBlank() || url == null || url.isBlank()) {
            throw new OcpiRegistrationException(
                    Reason.INVALID_CREDENTIALS,
                    OcpiStatusCode.SERVER_ERROR.code(),
                    reply.response().statusCode(),
                    "the partner's credentials lack a token or url, X-Request-ID " + reply.requestId(),
                    reply.requestId(),
                    null);
        }
        List<PartyRole> roles = new ArrayList<>();
        JsonNode list = data.get("roles");
        if (list != null && list.isArray()) {
            for (JsonNode r : list) {
                PartyRole role = role(r, text(r.get("role")));
                if (role != null) {
                    roles.add(role);
                }
            }
        } else {
            PartyRole role = role(data, version == OcpiVersion.V2_1_1 ? oppositeRole() : null);
            if (role != null) {
                roles.add(role);
            }
        }
        return new PartnerCredentials(token, url.trim(), roles);
    }

    private static @Nullable PartyRole role(JsonNode node, @Nullable String role) {
        String cc = text(node.get("country_code"));
        String pid = text(node.get("party_id"));
        JsonNode bd = node.get("business_details");
        String name = bd == null ? null : text(bd.get("name"));
        String website = bd == null ? null : text(bd.get("website"));
        if (role == null || cc == null || pid == null) {
            return null;
        }
        return new PartyRole(role, cc, pid, name == null ? "" : name, website);
    }

    /** OCPI 2.1.1 credentials name no role: the partner is taken to play the role opposite to ours. */
    private String oppositeRole() {
        List<String> ours =
                core.localParty().roles().stream().map(PartyRole::role).toList();
        if (ours.contains("CPO") && !ours.contains("EMSP")) {
            return "EMSP";
        }
        if (ours.contains("EMSP") && !ours.contains("CPO")) {
            return "CPO";
        }
        return "OTHER";
    }

    private static Throwable mapError(Throwable error, boolean post) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof OcpiStatusException s) {
            Reason reason = null;
            if (s.httpStatus() == 405) {
                reason = post ? Reason.ALREADY_REGISTERED : Reason.NOT_REGISTERED;
            } else if (s.statusCode() == OcpiStatusCode.UNABLE_TO_USE_CLIENT_API.code()) {
                reason = Reason.PARTNER_CANNOT_USE_OUR_API;
            } else if (s.statusCode() == OcpiStatusCode.NO_MATCHING_ENDPOINTS.code()) {
                reason = Reason.NO_MATCHING_ENDPOINTS;
            }
            if (reason != null) {
                return new OcpiRegistrationException(
                        reason, s.statusCode(), s.httpStatus(), reason + ": " + s.getMessage(), s.requestId(), s);
            }
        }
        return cause;
    }

    private static CompletionException completion(Throwable t) {
        return t instanceof CompletionException c ? c : new CompletionException(t);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }
}
