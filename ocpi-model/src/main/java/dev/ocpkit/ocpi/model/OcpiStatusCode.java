package dev.ocpkit.ocpi.model;

import org.jspecify.annotations.Nullable;

/**
 * The {@code status_code} values of the OCPI response envelope (all versions; 2003/2004 and 4xxx since 2.2).
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/status_codes.asciidoc">OCPI 2.2.1, Status codes</a>
 * @since 0.1
 */
public enum OcpiStatusCode {
    /** 1000: success. */
    SUCCESS(1000, "Success"),
    /** 2000: generic client error. */
    CLIENT_ERROR(2000, "Generic client error"),
    /** 2001: invalid or missing parameters, e.g. a PATCH without {@code last_updated} or an unparsable body. */
    INVALID_OR_MISSING_PARAMETERS(2001, "Invalid or missing parameters"),
    /** 2002: not enough information, e.g. an authorization request with too little information. */
    NOT_ENOUGH_INFORMATION(2002, "Not enough information"),
    /** 2003: unknown location (2.2+). */
    UNKNOWN_LOCATION(2003, "Unknown Location"),
    /** 2004: unknown token (2.2+). */
    UNKNOWN_TOKEN(2004, "Unknown Token"),
    /** 3000: generic server error. */
    SERVER_ERROR(3000, "Generic server error"),
    /** 3001: unable to use the client's API, e.g. its versions endpoint during registration. */
    UNABLE_TO_USE_CLIENT_API(3001, "Unable to use the client's API"),
    /** 3002: unsupported version. */
    UNSUPPORTED_VERSION(3002, "Unsupported version"),
    /** 3003: no matching endpoints, or expected endpoints missing, between the parties. */
    NO_MATCHING_ENDPOINTS(3003, "No matching endpoints or expected endpoints missing between parties"),
    /** 4000: generic hub error (2.2+). */
    HUB_ERROR(4000, "Generic hub error"),
    /** 4001: unknown receiver: the hub does not know the TO address (2.2+). */
    UNKNOWN_RECEIVER(4001, "Unknown receiver"),
    /** 4002: the hub forwarded the request but it timed out (2.2+). */
    TIMEOUT_ON_FORWARDED_REQUEST(4002, "Timeout on forwarded request"),
    /** 4003: the receiving party is not connected to the hub (2.2+). */
    CONNECTION_PROBLEM(4003, "Connection problem");

    private final int code;
    private final String description;

    OcpiStatusCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The numeric code. */
    public int code() {
        return code;
    }

    /** A short English description, usable as {@code status_message}. */
    public String description() {
        return description;
    }

    /** Whether this is a 1xxx success code. */
    public boolean isSuccess() {
        return isSuccess(code);
    }

    /** Whether {@code code} is in the success range 1000-1999. */
    public static boolean isSuccess(int code) {
        return code >= 1000 && code < 2000;
    }

    /** The constant for a code, or {@code null} when the code is not one of the specification's. */
    public static @Nullable OcpiStatusCode of(int code) {
        for (OcpiStatusCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return code + " " + description;
    }
}
