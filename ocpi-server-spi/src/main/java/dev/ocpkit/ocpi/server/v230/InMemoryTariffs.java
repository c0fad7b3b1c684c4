package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.Tariff;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.internal.ObjectStore;
import java.util.List;
import java.util.Optional;

/**
 * Tariffs in memory, for tests and demos; not a production store. {@link #asSender()} serves them (a CPO), {@link
 * #asReceiver()} stores what a CPO pushes and deletes (an eMSP). Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryTariffs {
    private final ObjectStore<Tariff> store = new ObjectStore<>();

    /** Adds or replaces a tariff (keyed by country code, party id and id). */
    public PutOutcome put(Tariff tariff) {
        return store.put(ObjectStore.key(tariff.countryCode(), tariff.partyId(), tariff.id()), tariff);
    }

    /** The tariff with these identifiers. */
    public Optional<Tariff> find(String countryCode, String partyId, String tariffId) {
        return store.get(ObjectStore.key(countryCode, partyId, tariffId));
    }

    /** Every tariff, in insertion order. */
    public List<Tariff> all() {
        return store.all();
    }

    /** A Sender interface over these tariffs: every tariff is visible to every partner. */
    public TariffsSender asSender() {
        return (ctx, page) -> Page.of(store.all(), page, Tariff::lastUpdated);
    }

    /** A Receiver interface that stores what partners push. */
    public TariffsReceiver asReceiver() {
        return new TariffsReceiver() {
            @Override
            public Optional<Tariff> getTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId) {
                return find(countryCode, partyId, tariffId);
            }

            @Override
            public PutOutcome putTariff(
                    OcpiContext ctx, String countryCode, String partyId, String tariffId, Tariff tariff) {
                return store.put(ObjectStore.key(countryCode, partyId, tariffId), tariff);
            }

            @Override
            public boolean deleteTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId) {
                return store.remove(ObjectStore.key(countryCode, partyId, tariffId));
            }
        };
    }
}
