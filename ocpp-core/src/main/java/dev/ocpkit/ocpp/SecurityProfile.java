package dev.ocpkit.ocpp;

/**
 * The OCPP security profiles (OCPP 1.6 security whitepaper edition 3, OCPP 2.0.1 part 2 section A).
 *
 * @since 0.1
 */
public enum SecurityProfile {
    /** No authentication (not allowed by the OCPP security specification; for tests and closed networks). */
    NONE(0),
    /** Profile 1: HTTP Basic authentication (identity + password) over plain WebSocket. */
    BASIC(1),
    /** Profile 2: TLS with server certificate, plus HTTP Basic authentication. */
    TLS_BASIC(2),
    /** Profile 3: TLS with client certificates; the station identity is the client certificate's CN. */
    MUTUAL_TLS(3);

    private final int number;

    SecurityProfile(int number) {
        this.number = number;
    }

    /** The profile number 0-3. */
    public int number() {
        return number;
    }

    /** Whether this profile uses TLS. */
    public boolean usesTls() {
        return this == TLS_BASIC || this == MUTUAL_TLS;
    }

    /** Whether this profile uses HTTP Basic authentication. */
    public boolean usesBasicAuth() {
        return this == BASIC || this == TLS_BASIC;
    }

    /**
     * The profile for a number.
     *
     * @throws IllegalArgumentException unless 0-3
     */
    public static SecurityProfile of(int number) {
        for (SecurityProfile p : values()) {
            if (p.number == number) {
                return p;
            }
        }
        throw new IllegalArgumentException("No security profile " + number);
    }
}
