package dev.ocpkit.ocpi.model;

import java.util.Objects;

/**
 * The OCPI 2.2+ message routing headers that name the sending and receiving party of a request going through a hub:
 * {@code OCPI-from-country-code}, {@code OCPI-from-party-id}, {@code OCPI-to-country-code}, {@code OCPI-to-party-id}.
 *
 * @param fromCountryCode ISO 3166 alpha-2 country code of the sender, CiString(2)
 * @param fromPartyId party id of the sender, CiString(3)
 * @param toCountryCode country code of the receiver, CiString(2)
 * @param toPartyId party id of the receiver, CiString(3)
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#message-routing">OCPI 2.2.1,
 *     Message routing</a>
 * @since 0.1
 */
public record RoutingHeaders(String fromCountryCode, String fromPartyId, String toCountryCode, String toPartyId) {
    /** Header name {@code OCPI-from-country-code}. */
    public static final String FROM_COUNTRY_CODE = "OCPI-from-country-code";
    /** Header name {@code OCPI-from-party-id}. */
    public static final String FROM_PARTY_ID = "OCPI-from-party-id";
    /** Header name {@code OCPI-to-country-code}. */
    public static final String TO_COUNTRY_CODE = "OCPI-to-country-code";
    /** Header name {@code OCPI-to-party-id}. */
    public static final String TO_PARTY_ID = "OCPI-to-party-id";

    /** Requires all four values and checks their lengths and characters. */
    public RoutingHeaders {
        check(fromCountryCode, 2, FROM_COUNTRY_CODE);
        check(fromPartyId, 3, FROM_PARTY_ID);
        check(toCountryCode, 2, TO_COUNTRY_CODE);
        check(toPartyId, 3, TO_PARTY_ID);
    }

    private static void check(String value, int length, String header) {
        Objects.requireNonNull(value, header);
        if (value.length() != length || !value.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException(header + " must be " + length + " letters or digits");
        }
    }

    /** The same route in the other direction, for the response. */
    public RoutingHeaders reversed() {
        return new RoutingHeaders(toCountryCode, toPartyId, fromCountryCode, fromPartyId);
    }
}
