package dev.ocpkit.ocpp.smartcharging;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.ProfileMapping;
import dev.ocpkit.ocpp.neutral.internal.X2;

/**
 * Converts charging profiles between the neutral {@link ChargingProfile} and the generated OCPP 1.6, 2.0.1 and 2.1
 * types, for hosts that mix the neutral and the version-specific API.
 *
 * <p>Rules: OCPP 1.6 has exactly one schedule, no schedule id (dropped on the way to 1.6, {@code null} on the way
 * back), no {@code phaseToUse} and an integer transaction id; 1.6 {@code ChargePointMaxProfile} is
 * {@link ChargingProfilePurpose#CHARGING_STATION_MAX_PROFILE}. OCPP 2.0.1 has one to three schedules and requires a
 * limit in every period. A schedule without id gets the profile id plus its index on the way to 2.x. A value or
 * component a version lacks (e.g. {@link ChargingProfileKind#DYNAMIC} or a discharge limit for 2.0.1) is never
 * dropped silently: the conversion throws {@link IllegalArgumentException}.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.8; OCPP
 *     2.0.1 and 2.1 Part 2, ChargingProfileType</a>
 * @since 0.1
 */
public final class ChargingProfiles {
    private ChargingProfiles() {}

    /**
     * Converts to OCPP 1.6 {@code csChargingProfiles}.
     *
     * @throws IllegalArgumentException when the profile has more than one schedule, a non-integer transaction id, a
     *     period without limit, or anything only OCPP 2.x knows
     */
    public static dev.ocpkit.ocpp.v16.ChargingProfile toV16(ChargingProfile profile) {
        return ProfileMapping.toV16(profile);
    }

    /**
     * Converts from OCPP 1.6.
     *
     * @throws IllegalArgumentException when the profile breaks a rule of the neutral records (e.g. a recurring
     *     profile without recurrency kind, periods out of order)
     */
    public static ChargingProfile fromV16(dev.ocpkit.ocpp.v16.ChargingProfile profile) {
        return ProfileMapping.fromV16(profile);
    }

    /**
     * Converts to OCPP 2.0.1.
     *
     * @throws IllegalArgumentException when the profile has more than three schedules, a period without limit, or
     *     anything only OCPP 2.1 knows
     */
    public static dev.ocpkit.ocpp.v201.ChargingProfile toV201(ChargingProfile profile) {
        return X2.to(ProfileMapping.toX2(profile, OcppVersion.V201), dev.ocpkit.ocpp.v201.ChargingProfile.class);
    }

    /**
     * Converts from OCPP 2.0.1 (sales tariffs are not carried).
     *
     * @throws IllegalArgumentException when the profile breaks a rule of the neutral records
     */
    public static ChargingProfile fromV201(dev.ocpkit.ocpp.v201.ChargingProfile profile) {
        return ProfileMapping.fromX2(X2.from(profile, X2.ChargingProfile.class));
    }

    /**
     * Converts to OCPP 2.1.
     *
     * @throws IllegalArgumentException when the profile has more than three schedules or a value 2.1 lacks
     */
    public static dev.ocpkit.ocpp.v21.ChargingProfile toV21(ChargingProfile profile) {
        return X2.to(ProfileMapping.toX2(profile, OcppVersion.V21), dev.ocpkit.ocpp.v21.ChargingProfile.class);
    }

    /**
     * Converts from OCPP 2.1 (sales tariffs and price schedules are not carried).
     *
     * @throws IllegalArgumentException when the profile breaks a rule of the neutral records
     */
    public static ChargingProfile fromV21(dev.ocpkit.ocpp.v21.ChargingProfile profile) {
        return ProfileMapping.fromX2(X2.from(profile, X2.ChargingProfile.class));
    }
}
