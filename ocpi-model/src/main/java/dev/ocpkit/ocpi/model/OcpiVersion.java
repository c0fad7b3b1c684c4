package dev.ocpkit.ocpi.model;

import java.util.Optional;

/**
 * The OCPI versions this SDK knows, as they appear in {@code versions} lists, in ascending order. Versions that
 * ocpkit has no model for (2.0, 2.1, 2.2) are listed so that a partner's list can be read and compared; {@link
 * #isSupported()} says which ones ocpkit speaks.
 *
 * @since 0.1
 */
public enum OcpiVersion {
    /** OCPI 2.0 (not supported by ocpkit). */
    V2_0("2.0", false),
    /** OCPI 2.1 (superseded by 2.1.1; not supported). */
    V2_1("2.1", false),
    /** OCPI 2.1.1. */
    V2_1_1("2.1.1", true),
    /** OCPI 2.2 (superseded by 2.2.1; not supported). */
    V2_2("2.2", false),
    /** OCPI 2.2.1. */
    V2_2_1("2.2.1", true),
    /** OCPI 2.3.0. */
    V2_3_0("2.3.0", true);

    private final String value;
    private final boolean supported;

    OcpiVersion(String value, boolean supported) {
        this.value = value;
        this.supported = supported;
    }

    /** The version string, e.g. {@code "2.2.1"}. */
    public String value() {
        return value;
    }

    /** Whether ocpkit has a model, client and server for this version. */
    public boolean isSupported() {
        return supported;
    }

    /** Whether the credentials token travels Base64-encoded in the Authorization header (2.2 and later). */
    public boolean base64Tokens() {
        return compareTo(V2_2) >= 0;
    }

    /** The version for a string such as {@code "2.2.1"}; empty for anything else. */
    public static Optional<OcpiVersion> fromValue(String value) {
        for (OcpiVersion v : values()) {
            if (v.value.equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
