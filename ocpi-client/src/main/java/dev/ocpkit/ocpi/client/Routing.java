package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.RoutingHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which OCPI 2.2+ message routing headers ({@code OCPI-from-country-code}, {@code OCPI-from-party-id},
 * {@code OCPI-to-country-code}, {@code OCPI-to-party-id}) the client adds to requests of functional modules. They are
 * never sent to the configuration modules (versions, credentials, hub client info) nor in OCPI 2.1.1, which has no
 * routing.
 *
 * <p>Immutable. Use the factories:
 *
 * <ul>
 *   <li>{@link #auto()} (the default): direct routing when each side is a single party (country code and party id)
 *       and the partner is not a hub; with a hub, {@code GET} of a list goes to the hub (GET All via Hub) and other
 *       requests carry only the FROM headers (open routing); with several parties on our side, nothing is sent
 *       unless chosen explicitly;
 *   <li>{@link #direct} to one party (directly or through a hub);
 *   <li>{@link #broadcast} a push to every connected party through a hub (not allowed for {@code GET});
 *   <li>{@link #openRouting} lets the hub choose the receiver (no TO headers);
 *   <li>{@link #getAllViaHub} a {@code GET} of a list that the hub combines from all parties;
 *   <li>{@link #none()} no routing headers.
 * </ul>
 *
 * @param mode the routing scenario
 * @param fromCountryCode our country code, or {@code null} for {@link Mode#AUTO} and {@link Mode#NONE}
 * @param fromPartyId our party id, or {@code null} likewise
 * @param toCountryCode the receiver's (or hub's) country code, or {@code null} when no TO headers are sent
 * @param toPartyId the receiver's (or hub's) party id, or {@code null} likewise
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#message-routing">OCPI 2.2.1,
 *     Message routing</a>
 * @since 0.1
 */
public record Routing(
        Mode mode,
        @Nullable String fromCountryCode,
        @Nullable String fromPartyId,
        @Nullable String toCountryCode,
        @Nullable String toPartyId) {

    /** The routing scenarios of the specification. */
    public enum Mode {
        /** Decided per request from our and the partner's roles. */
        AUTO,
        /** No routing headers. */
        NONE,
        /** Party to party (directly or via a hub): TO the receiver, FROM us. */
        DIRECT,
        /** Broadcast push via a hub: TO the hub, FROM us; not for {@code GET}. */
        BROADCAST,
        /** Open routing request: FROM us, no TO headers; the hub decides. */
        OPEN,
        /** GET All via a hub: TO the hub, FROM us; only for {@code GET} of a list. */
        GET_ALL_VIA_HUB
    }

    private static final Routing AUTO = new Routing(Mode.AUTO, null, null, null, null);
    private static final Routing NONE = new Routing(Mode.NONE, null, null, null, null);

    /** Checks that each mode has the parties it needs, in the right format. */
    public Routing {
        Objects.requireNonNull(mode, "mode");
        boolean needsFrom = mode != Mode.AUTO && mode != Mode.NONE;
        boolean needsTo = mode == Mode.DIRECT || mode == Mode.BROADCAST || mode == Mode.GET_ALL_VIA_HUB;
        check(fromCountryCode, 2, needsFrom, RoutingHeaders.FROM_COUNTRY_CODE);
        check(fromPartyId, 3, needsFrom, RoutingHeaders.FROM_PARTY_ID);
        check(toCountryCode, 2, needsTo, RoutingHeaders.TO_COUNTRY_CODE);
        check(toPartyId, 3, needsTo, RoutingHeaders.TO_PARTY_ID);
    }

    private static void check(@Nullable String value, int length, boolean required, String header) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException(header + " is required for this routing");
            }
            return;
        }
        if (!required) {
            throw new IllegalArgumentException(header + " is not used by this routing");
        }
        if (value.length() != length || !value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException(header + " must be " + length + " ASCII letters or digits");
        }
    }

    /** Routing decided per request (the default). */
    public static Routing auto() {
        return AUTO;
    }

    /** No routing headers. */
    public static Routing none() {
        return NONE;
    }

    /** A request from our party to one receiving party (peer to peer, or through a hub). */
    public static Routing direct(String fromCountryCode, String fromPartyId, String toCountryCode, String toPartyId) {
        return new Routing(Mode.DIRECT, fromCountryCode, fromPartyId, toCountryCode, toPartyId);
    }

    /** A push the hub forwards to every connected party with the opposite role; not for {@code GET}. */
    public static Routing broadcast(
            String fromCountryCode, String fromPartyId, String hubCountryCode, String hubPartyId) {
        return new Routing(Mode.BROADCAST, fromCountryCode, fromPartyId, hubCountryCode, hubPartyId);
    }

    /** A request whose receiver the hub determines (no TO headers); not for GET All. */
    public static Routing openRouting(String fromCountryCode, String fromPartyId) {
        return new Routing(Mode.OPEN, fromCountryCode, fromPartyId, null, null);
    }

    /** A {@code GET} of a list that the hub answers with the objects of all connected parties. */
    public static Routing getAllViaHub(
            String fromCountryCode, String fromPartyId, String hubCountryCode, String hubPartyId) {
        return new Routing(Mode.GET_ALL_VIA_HUB, fromCountryCode, fromPartyId, hubCountryCode, hubPartyId);
    }

    /**
     * The headers for one request of an explicit mode.
     *
     * @param method the HTTP method
     * @param listGet whether the request is a {@code GET} of a list
     * @return the headers in the order FROM, TO; empty for {@link Mode#NONE} (and {@link Mode#AUTO}, which the client
     *     resolves first)
     * @throws IllegalStateException when the mode does not allow the request ({@code GET} with broadcast, GET All with
     *     anything else than a {@code GET} of a list)
     */
    public Map<String, String> headers(String method, boolean listGet) {
        Map<String, String> h = new LinkedHashMap<>();
        if (mode == Mode.AUTO || mode == Mode.NONE) {
            return h;
        }
        if (mode == Mode.BROADCAST && method.equals("GET")) {
            throw new IllegalStateException("GET shall not be used with broadcast push");
        }
        if (mode == Mode.GET_ALL_VIA_HUB && !listGet) {
            throw new IllegalStateException("GET All via hub is only for GET of a list");
        }
        h.put(RoutingHeaders.FROM_COUNTRY_CODE, Objects.requireNonNull(fromCountryCode));
        h.put(RoutingHeaders.FROM_PARTY_ID, Objects.requireNonNull(fromPartyId));
        if (toCountryCode != null && toPartyId != null) {
            h.put(RoutingHeaders.TO_COUNTRY_CODE, toCountryCode);
            h.put(RoutingHeaders.TO_PARTY_ID, toPartyId);
        }
        return h;
    }
}
