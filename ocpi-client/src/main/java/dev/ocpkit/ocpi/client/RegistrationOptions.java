package dev.ocpkit.ocpi.client;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@link OcpiClient#register(String, String, RegistrationOptions)}.
 *
 * @param partnerId the key under which the partner is saved, or {@code null} for its versions URL
 * @param quirks how the partner deviates from the specification
 * @param required endpoints the partner must offer; without them no credentials are sent, as the specification asks
 *     ("Required endpoints not available")
 * @since 0.1
 */
public record RegistrationOptions(@Nullable String partnerId, PartnerQuirks quirks, List<Required> required) {
    /** Specification behaviour, partner id = versions URL, nothing required beyond {@code credentials}. */
    public static final RegistrationOptions DEFAULTS = new RegistrationOptions(null, PartnerQuirks.SPEC, List.of());

    /** Requires quirks; copies the list. */
    public RegistrationOptions {
        Objects.requireNonNull(quirks, "quirks");
        required = List.copyOf(required);
    }

    /**
     * One endpoint the partner must offer.
     *
     * @param moduleId the module, e.g. {@code cdrs}
     * @param role {@code SENDER} or {@code RECEIVER}, or empty for any role (and for 2.1.1)
     */
    public record Required(String moduleId, String role) {
        /** Requires both (role may be empty). */
        public Required {
            Objects.requireNonNull(moduleId, "moduleId");
            Objects.requireNonNull(role, "role");
        }
    }
}
