package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * Why a station booted (OCPP 2.x {@code BootReasonEnumType}). OCPP 1.6 does not say: its boots carry no reason.
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version; {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 2.0.1 and 2.1 Part 2, BootReasonEnumType</a>
 * @since 0.1
 */
public enum BootReason {
    /** {@code ApplicationReset}: a reset of the station software. */
    APPLICATION_RESET("ApplicationReset", VersionMask.V2X),
    /** {@code FirmwareUpdate}: after a firmware update. */
    FIRMWARE_UPDATE("FirmwareUpdate", VersionMask.V2X),
    /** {@code LocalReset}: a local reset (e.g. by a technician). */
    LOCAL_RESET("LocalReset", VersionMask.V2X),
    /** {@code PowerUp}: the station was powered up. */
    POWER_UP("PowerUp", VersionMask.V2X),
    /** {@code RemoteReset}: a reset the CSMS asked for. */
    REMOTE_RESET("RemoteReset", VersionMask.V2X),
    /** {@code ScheduledReset}: a scheduled reset. */
    SCHEDULED_RESET("ScheduledReset", VersionMask.V2X),
    /** {@code Triggered}: the CSMS triggered the BootNotification. */
    TRIGGERED("Triggered", VersionMask.V2X),
    /** {@code Unknown}: the reason is not known. */
    UNKNOWN("Unknown", VersionMask.V2X),
    /** {@code Watchdog}: a watchdog restarted the station. */
    WATCHDOG("Watchdog", VersionMask.V2X),
    /** A value no version defines (read leniently from a peer); never sent. */
    UNRECOGNIZED("", VersionMask.NONE);

    private final String value;
    private final int versions;

    BootReason(String value, int versions) {
        this.value = value;
        this.versions = versions;
    }

    /** The value as OCPP writes it; empty for {@link #UNRECOGNIZED}. */
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
     * @throws IllegalArgumentException when the version has neither (always for {@link #UNRECOGNIZED})
     */
    public String valueIn(OcppVersion version) {
        if (isDefinedIn(version)) {
            return value;
        }
        BootReason fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("BootReason " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable BootReason fallbackIn(OcppVersion version) {
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNRECOGNIZED} for {@code null} and values no version defines
     */
    public static BootReason fromValue(@Nullable String value) {
        if (value == null) {
            return UNRECOGNIZED;
        }
        for (BootReason c : values()) {
            if (c != UNRECOGNIZED && c.value.equals(value)) {
                return c;
            }
        }
        return UNRECOGNIZED;
    }
}
