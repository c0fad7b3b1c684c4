package dev.ocpkit.ocpi.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One role a party plays, version-neutral: OCPI 2.2+ lists these as {@code CredentialsRole}s; OCPI 2.1.1 has one
 * party per credentials object (its role is implied).
 *
 * @param role the OCPI role, e.g. {@code CPO}, {@code EMSP}, {@code HUB} (2.2.1 {@code Role} values)
 * @param countryCode ISO 3166 alpha-2 country code, CiString(2)
 * @param partyId party id, CiString(3)
 * @param businessName the company name shown in {@code business_details}
 * @param website the company website, or {@code null}
 * @since 0.1
 */
public record PartyRole(
        String role, String countryCode, String partyId, String businessName, @Nullable String website) {
    /** Requires role, country code, party id and business name. */
    public PartyRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(businessName, "businessName");
    }

    /** Whether this role belongs to the party {@code countryCode}/{@code partyId} (case-insensitive, as CiString). */
    public boolean isParty(String otherCountryCode, String otherPartyId) {
        return countryCode.equalsIgnoreCase(otherCountryCode) && partyId.equalsIgnoreCase(otherPartyId);
    }
}
