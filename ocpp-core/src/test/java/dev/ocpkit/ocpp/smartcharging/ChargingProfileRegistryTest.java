package dev.ocpkit.ocpp.smartcharging;

import static dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculatorTest.A;
import static dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculatorTest.DEF;
import static dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculatorTest.EXT;
import static dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculatorTest.MAX;
import static dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculatorTest.TX;
import static dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculatorTest.absolute;
import static dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculatorTest.p;
import static dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculatorTest.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChargingProfileRegistryTest {
    static ChargingProfile prof(int id, int stack, ChargingProfilePurpose purpose, String limit) {
        return absolute(id, stack, purpose, 0, schedule(A, p(0, limit))).build();
    }

    static List<String> ids(ChargingProfileRegistry r) {
        return r.profiles().stream()
                .map(ip -> ip.evseId() + "/" + ip.profile().id())
                .toList();
    }

    @Test
    void install_sameId_replacesTheProfile_evenOnAnotherEvse() {
        ChargingProfileRegistry r = new ChargingProfileRegistry();
        assertThat(r.install(1, prof(7, 0, DEF, "10"))).isTrue();
        assertThat(r.install(2, prof(7, 3, DEF, "12"))).isTrue();
        assertThat(ids(r)).containsExactly("2/7");
        assertThat(r.profiles().get(0).profile().stackLevel()).isEqualTo(3);
    }

    @Test
    void install_sameEvsePurposeAndStackLevel_replacesTheProfile() {
        ChargingProfileRegistry r = new ChargingProfileRegistry();
        r.install(1, prof(1, 0, DEF, "10"));
        r.install(2, prof(2, 0, DEF, "10"));
        r.install(1, prof(3, 1, DEF, "10"));
        r.install(1, prof(4, 0, DEF, "16"));
        assertThat(ids(r)).containsExactly("2/2", "1/3", "1/4");
    }

    @Test
    void install_txProfilesOfDifferentTransactions_coexist_sameTransactionReplaces() {
        ChargingProfileRegistry r = new ChargingProfileRegistry();
        r.install(1, prof(1, 0, TX, "10").toBuilder().transactionId("a").build());
        r.install(1, prof(2, 0, TX, "10").toBuilder().transactionId("b").build());
        r.install(1, prof(3, 0, TX, "12").toBuilder().transactionId("a").build());
        assertThat(ids(r)).containsExactly("1/2", "1/3");
    }

    @Test
    void install_refusesMaxProfileOnAnEvse_andTxProfileOnEvseZero() {
        ChargingProfileRegistry r = new ChargingProfileRegistry();
        assertThat(r.install(1, prof(1, 0, MAX, "10"))).isFalse();
        assertThat(r.install(0, prof(2, 0, TX, "10"))).isFalse();
        assertThat(r.install(-1, prof(3, 0, DEF, "10"))).isFalse();
        assertThat(r.install(0, prof(4, 0, ChargingProfilePurpose.UNKNOWN, "10")))
                .isFalse();
        assertThat(r.profiles()).isEmpty();
        assertThat(r.install(0, prof(1, 0, MAX, "10"))).isTrue();
    }

    @Test
    void clear_byId_ignoresTheOtherCriteria() {
        ChargingProfileRegistry r = new ChargingProfileRegistry();
        r.install(1, prof(1, 0, DEF, "10"));
        r.install(2, prof(2, 0, DEF, "10"));
        assertThat(r.clear(new ChargingProfileCriteria(2, 1, MAX, 9))).isEqualTo(1);
        assertThat(ids(r)).containsExactly("1/1");
        assertThat(r.clear(ChargingProfileCriteria.byId(99))).as("Unknown").isZero();
    }

    @Test
    void clear_byCriteria_removesWhatMatchesAll_butNeverExternalConstraints() {
        ChargingProfileRegistry r = new ChargingProfileRegistry();
        r.install(0, prof(1, 0, MAX, "40"));
        r.install(0, prof(2, 0, DEF, "16"));
        r.install(1, prof(3, 1, DEF, "10"));
        r.install(0, prof(4, 0, EXT, "20"));
        assertThat(r.clear(new ChargingProfileCriteria(null, null, DEF, 1))).isEqualTo(1);
        assertThat(ids(r)).containsExactly("0/1", "0/2", "0/4");
        assertThat(r.clear(new ChargingProfileCriteria(null, 0, null, null))).isEqualTo(2);
        assertThat(ids(r)).containsExactly("0/4");
        assertThat(r.clear(ChargingProfileCriteria.all())).isZero();
        assertThat(r.clear(ChargingProfileCriteria.byId(4))).isZero();
        assertThat(r.remove(4)).isTrue();
        assertThat(r.profiles()).isEmpty();
    }

    @Test
    void transactionEnded_removesItsTxProfiles_andThoseWithoutTransactionId() {
        ChargingProfileRegistry r = new ChargingProfileRegistry();
        r.install(1, prof(1, 0, TX, "10").toBuilder().transactionId("a").build());
        r.install(1, prof(2, 1, TX, "10"));
        r.install(1, prof(3, 2, TX, "10").toBuilder().transactionId("b").build());
        r.install(2, prof(4, 0, TX, "10").toBuilder().transactionId("a").build());
        r.install(1, prof(5, 0, DEF, "10"));
        assertThat(r.transactionEnded(1, "a")).isEqualTo(2);
        assertThat(ids(r)).containsExactly("1/3", "2/4", "1/5");
    }
}
