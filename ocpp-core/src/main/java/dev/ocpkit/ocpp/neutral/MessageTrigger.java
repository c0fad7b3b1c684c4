package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * A message the CSMS may ask a station to send with TriggerMessage (1.6 {@code MessageTrigger}, 2.x
 * {@code MessageTriggerEnumType}): the ones the version-neutral API covers.
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version; {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.33 MessageTrigger; OCPP 2.0.1 and 2.1 Part 2, MessageTriggerEnumType</a>
 * @since 0.1
 */
public enum MessageTrigger {
    /** {@code BootNotification}: a BootNotification. */
    BOOT_NOTIFICATION("BootNotification", VersionMask.ALL),
    /** {@code Heartbeat}: a Heartbeat. */
    HEARTBEAT("Heartbeat", VersionMask.ALL),
    /** {@code StatusNotification}: a StatusNotification. */
    STATUS_NOTIFICATION("StatusNotification", VersionMask.ALL),
    /** {@code MeterValues}: a MeterValues. */
    METER_VALUES("MeterValues", VersionMask.ALL),
    /** {@code FirmwareStatusNotification}: a FirmwareStatusNotification. */
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification", VersionMask.ALL),
    /** {@code DiagnosticsStatusNotification}: OCPP 1.6: a DiagnosticsStatusNotification. */
    DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification", VersionMask.V16),
    /** {@code LogStatusNotification}: OCPP 2.x: a LogStatusNotification. */
    LOG_STATUS_NOTIFICATION("LogStatusNotification", VersionMask.V2X),
    /** {@code TransactionEvent}: OCPP 2.x: a TransactionEvent. */
    TRANSACTION_EVENT("TransactionEvent", VersionMask.V2X),
    /** A value ocpkit does not know (read leniently from a peer); never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    MessageTrigger(String value, int versions) {
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
        MessageTrigger fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("MessageTrigger " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable MessageTrigger fallbackIn(OcppVersion version) {
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static MessageTrigger fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (MessageTrigger c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
