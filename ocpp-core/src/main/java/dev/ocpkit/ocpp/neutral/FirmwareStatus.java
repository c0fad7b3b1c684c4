package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * The progress of a firmware update: OCPP 1.6 {@code FirmwareStatus} (FirmwareStatusNotification), the 1.6 security
 * extension's {@code FirmwareStatusEnumType} (SignedFirmwareStatusNotification) and 2.x {@code FirmwareStatusEnumType}.
 *
 * <p>All values exist in every version: in OCPP 1.6, those of the security extension travel in a
 * SignedFirmwareStatusNotification (see {@link #isBasicOcpp16()}).
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version; {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.25 FirmwareStatus; OCPP 1.6 security whitepaper edition 3; OCPP 2.0.1 Part 2, FirmwareStatusEnumType</a>
 * @since 0.1
 */
public enum FirmwareStatus {
    /** {@code Downloaded}: downloaded. */
    DOWNLOADED("Downloaded", VersionMask.ALL),
    /** {@code DownloadFailed}: the download failed. */
    DOWNLOAD_FAILED("DownloadFailed", VersionMask.ALL),
    /** {@code Downloading}: downloading. */
    DOWNLOADING("Downloading", VersionMask.ALL),
    /** {@code DownloadScheduled}: the download is scheduled. */
    DOWNLOAD_SCHEDULED("DownloadScheduled", VersionMask.ALL),
    /** {@code DownloadPaused}: the download is paused. */
    DOWNLOAD_PAUSED("DownloadPaused", VersionMask.ALL),
    /** {@code Idle}: no update in progress. */
    IDLE("Idle", VersionMask.ALL),
    /** {@code InstallationFailed}: the installation failed. */
    INSTALLATION_FAILED("InstallationFailed", VersionMask.ALL),
    /** {@code Installing}: installing. */
    INSTALLING("Installing", VersionMask.ALL),
    /** {@code Installed}: installed. */
    INSTALLED("Installed", VersionMask.ALL),
    /** {@code InstallRebooting}: rebooting to install. */
    INSTALL_REBOOTING("InstallRebooting", VersionMask.ALL),
    /** {@code InstallScheduled}: the installation is scheduled. */
    INSTALL_SCHEDULED("InstallScheduled", VersionMask.ALL),
    /** {@code InstallVerificationFailed}: the installed firmware could not be verified. */
    INSTALL_VERIFICATION_FAILED("InstallVerificationFailed", VersionMask.ALL),
    /** {@code InvalidSignature}: the firmware signature is not valid. */
    INVALID_SIGNATURE("InvalidSignature", VersionMask.ALL),
    /** {@code SignatureVerified}: the firmware signature was verified. */
    SIGNATURE_VERIFIED("SignatureVerified", VersionMask.ALL),
    /** A value ocpkit does not know (read leniently from a peer); never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    FirmwareStatus(String value, int versions) {
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
        FirmwareStatus fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("FirmwareStatus " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable FirmwareStatus fallbackIn(OcppVersion version) {
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static FirmwareStatus fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (FirmwareStatus c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }

    /** Whether OCPP 1.6's own FirmwareStatusNotification can carry this value (otherwise it needs the security extension). */
    public boolean isBasicOcpp16() {
        return switch (this) {
            case DOWNLOADED, DOWNLOAD_FAILED, DOWNLOADING, IDLE, INSTALLATION_FAILED, INSTALLING, INSTALLED -> true;
            default -> false;
        };
    }
}
