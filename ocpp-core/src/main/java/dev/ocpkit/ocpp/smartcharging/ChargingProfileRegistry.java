package dev.ocpkit.ocpp.smartcharging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The charging profiles installed on one station, kept with the installation rules of SetChargingProfile and
 * ClearChargingProfile: a station keeps one to apply and report its profiles, a CSMS one per station to know what it
 * installed. Feed {@link #profiles()} to {@link CompositeScheduleCalculator}.
 *
 * <p>Rules applied by {@link #install}:
 *
 * <ul>
 *   <li>a {@link ChargingProfilePurpose#CHARGING_STATION_MAX_PROFILE} only on EVSE 0, a
 *       {@link ChargingProfilePurpose#TX_PROFILE} only on an EVSE above 0; unknown purposes and kinds are refused;
 *   <li>a profile with the id of an installed one replaces it (OCPP 1.6 SetChargingProfile, 2.0.1 K01);
 *   <li>a profile with the same EVSE, purpose and stack level as an installed one (and, for a TxProfile, the same
 *       transaction) replaces it, as OCPP 1.6 section 5.16 prescribes. (OCPP 2.0.1 lets the station reject such a
 *       profile instead when validity periods overlap; replacing keeps one winner per stack level either way.)
 * </ul>
 *
 * <p>Thread-safe: every method is atomic (synchronized on the registry); {@link #profiles()} returns a snapshot.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 sections 3.13, 5.5
 *     ClearChargingProfile and 5.16 SetChargingProfile; OCPP 2.0.1 Part 2, K01 and K10</a>
 * @since 0.1
 */
public final class ChargingProfileRegistry {
    private final List<InstalledChargingProfile> profiles = new ArrayList<>();

    /** An empty registry. */
    public ChargingProfileRegistry() {}

    /**
     * Installs a profile on an EVSE (see the rules in the class documentation).
     *
     * @param evseId the EVSE (OCPP 1.6: the connector); 0 for the whole station
     * @param profile the profile
     * @return {@code true} when installed, {@code false} when the rules refuse it (nothing changed)
     */
    public synchronized boolean install(int evseId, ChargingProfile profile) {
        Objects.requireNonNull(profile, "profile");
        ChargingProfilePurpose purpose = profile.chargingProfilePurpose();
        if (evseId < 0
                || purpose == ChargingProfilePurpose.UNKNOWN
                || profile.chargingProfileKind() == ChargingProfileKind.UNKNOWN
                || (purpose == ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE && evseId != 0)
                || (purpose == ChargingProfilePurpose.TX_PROFILE && evseId == 0)) {
            return false;
        }
        profiles.removeIf(ip -> {
            ChargingProfile p = ip.profile();
            return p.id() == profile.id()
                    || (ip.evseId() == evseId
                            && p.chargingProfilePurpose() == purpose
                            && p.stackLevel() == profile.stackLevel()
                            && (purpose != ChargingProfilePurpose.TX_PROFILE
                                    || Objects.equals(p.transactionId(), profile.transactionId())));
        });
        profiles.add(new InstalledChargingProfile(evseId, profile));
        return true;
    }

    /**
     * Removes the profiles matching the criteria (ClearChargingProfile). With a profile id only that profile is
     * removed (the other criteria are ignored); otherwise every profile
     * that matches all the given criteria. {@link ChargingProfilePurpose#CHARGING_STATION_EXTERNAL_CONSTRAINTS}
     * profiles are never removed this way (OCPP 2.0.1 K10: a CSMS cannot clear them): use {@link #remove(int)}.
     *
     * @return how many profiles were removed; 0 is OCPP's {@code Unknown}
     */
    public synchronized int clear(ChargingProfileCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        int before = profiles.size();
        profiles.removeIf(ip -> {
            ChargingProfile p = ip.profile();
            if (p.chargingProfilePurpose() == ChargingProfilePurpose.CHARGING_STATION_EXTERNAL_CONSTRAINTS) {
                return false;
            }
            if (criteria.chargingProfileId() != null) {
                return p.id() == criteria.chargingProfileId();
            }
            return matches(criteria.evseId(), ip.evseId())
                    && (criteria.chargingProfilePurpose() == null
                            || criteria.chargingProfilePurpose() == p.chargingProfilePurpose())
                    && matches(criteria.stackLevel(), p.stackLevel());
        });
        return before - profiles.size();
    }

    private static boolean matches(@Nullable Integer wanted, int actual) {
        return wanted == null || wanted == actual;
    }

    /**
     * Removes the profile with an id, whatever its purpose.
     *
     * @return whether a profile was removed
     */
    public synchronized boolean remove(int chargingProfileId) {
        return profiles.removeIf(ip -> ip.profile().id() == chargingProfileId);
    }

    /**
     * A transaction ended: its TxProfiles are removed (OCPP 1.6 section 3.13.1, 2.0.1 K01: a TxProfile lives as
     * long as its transaction), that is every TxProfile of the EVSE for this transaction or without transaction
     * id.
     *
     * @return how many profiles were removed
     */
    public synchronized int transactionEnded(int evseId, String transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        int before = profiles.size();
        profiles.removeIf(ip -> ip.evseId() == evseId
                && ip.profile().chargingProfilePurpose() == ChargingProfilePurpose.TX_PROFILE
                && (ip.profile().transactionId() == null
                        || ip.profile().transactionId().equals(transactionId)));
        return before - profiles.size();
    }

    /** A snapshot of the installed profiles, in installation order. */
    public synchronized List<InstalledChargingProfile> profiles() {
        return List.copyOf(profiles);
    }
}
