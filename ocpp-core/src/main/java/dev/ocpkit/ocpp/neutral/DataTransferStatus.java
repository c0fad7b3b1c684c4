package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a DataTransfer (1.6 {@code DataTransferStatus}, 2.x {@code DataTransferStatusEnumType}).
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version; {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.23; OCPP 2.0.1 Part 2, DataTransferStatusEnumType</a>
 * @since 0.1
 */
public enum DataTransferStatus {
    /** {@code Accepted}: the message was accepted. */
    ACCEPTED("Accepted", VersionMask.ALL),
    /** {@code Rejected}: the message was rejected. */
    REJECTED("Rejected", VersionMask.ALL),
    /** {@code UnknownMessageId}: the vendor is known, the message id is not. */
    UNKNOWN_MESSAGE_ID("UnknownMessageId", VersionMask.ALL),
    /** {@code UnknownVendorId}: the vendor id is not known. */
    UNKNOWN_VENDOR_ID("UnknownVendorId", VersionMask.ALL),
    /** A value ocpkit does not know (read leniently from a peer); never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    DataTransferStatus(String value, int versions) {
        this.value = value;
        this.versions = versions;
    }

    /** The value as OCPP writes it; empty for {@link #UNKNOWN}. */
    public String value() {
        return value;
    }

    /** Whether the version defines this value (fallbacks aside). */
    public boolean isDefinedIn(OcppVersion version) {
        return VersionMask.has(versions, version);
    }

    /**
     * The spelling to send in a version: this value's own, or the documented fallback when the version lacks it.
     *
     * @throws IllegalArgumentException when the version has neither (always for {@link #UNKNOWN})
     */
    public String valueIn(OcppVersion version) {
        if (isDefinedIn(version)) {
            return value;
        }
        DataTransferStatus fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("DataTransferStatus " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable DataTransferStatus fallbackIn(OcppVersion version) {
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static DataTransferStatus fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (DataTransferStatus c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
