package dev.ocpkit.ocpp.neutral.internal;

import dev.ocpkit.ocpp.OcppVersion;

/** Bit sets of OCPP versions, used by the neutral enums to say in which versions a value exists. */
public final class VersionMask {
    /** No version (the UNKNOWN constants). */
    public static final int NONE = 0;
    /** OCPP 1.6 only. */
    public static final int V16 = 1;
    /** OCPP 2.0.1 only. */
    public static final int V201 = 2;
    /** OCPP 2.1 only. */
    public static final int V21 = 4;
    /** OCPP 2.0.1 and 2.1. */
    public static final int V2X = V201 | V21;
    /** Every version. */
    public static final int ALL = V16 | V201 | V21;

    private VersionMask() {}

    /** The bit of one version. */
    public static int of(OcppVersion version) {
        return switch (version) {
            case V16 -> V16;
            case V201 -> V201;
            case V21 -> V21;
        };
    }

    /** Whether the mask contains the version. */
    public static boolean has(int mask, OcppVersion version) {
        return (mask & of(version)) != 0;
    }

    /** The exception for a neutral value a version cannot express. */
    public static IllegalArgumentException notIn(Object what, OcppVersion version) {
        return new IllegalArgumentException(what + " cannot be expressed in OCPP " + version.label());
    }
}
