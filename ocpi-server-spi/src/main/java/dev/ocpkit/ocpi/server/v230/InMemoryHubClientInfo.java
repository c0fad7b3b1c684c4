package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.ClientInfo;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.internal.ObjectStore;
import java.util.List;
import java.util.Optional;

/**
 * ClientInfo objects in memory, for tests and demos; not a production store. {@link #asSender()} serves them (a
 * hub), {@link #asReceiver()} stores what a hub pushes. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryHubClientInfo {
    private final ObjectStore<ClientInfo> store = new ObjectStore<>();

    /** Adds or replaces a ClientInfo (keyed by country code and party id). */
    public PutOutcome put(ClientInfo info) {
        return store.put(ObjectStore.key(info.countryCode(), info.partyId()), info);
    }

    /** Every ClientInfo, in insertion order. */
    public List<ClientInfo> all() {
        return store.all();
    }

    /** A Sender interface over these objects. */
    public HubClientInfoSender asSender() {
        return (ctx, page) -> Page.of(store.all(), page, ClientInfo::lastUpdated);
    }

    /** A Receiver interface that stores what a hub pushes. */
    public HubClientInfoReceiver asReceiver() {
        return new HubClientInfoReceiver() {
            @Override
            public Optional<ClientInfo> getClientInfo(OcpiContext ctx, String countryCode, String partyId) {
                return store.get(ObjectStore.key(countryCode, partyId));
            }

            @Override
            public PutOutcome putClientInfo(OcpiContext ctx, String countryCode, String partyId, ClientInfo info) {
                return store.put(ObjectStore.key(countryCode, partyId), info);
            }
        };
    }
}
