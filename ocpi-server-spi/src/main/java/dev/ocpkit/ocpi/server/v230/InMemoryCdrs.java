package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.Cdr;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.internal.ObjectStore;
import java.util.List;
import java.util.Optional;

/**
 * CDRs in memory, for tests and demos; not a production store. {@link #asSender()} serves them (a CPO), {@link
 * #asReceiver()} stores the CDRs a CPO posts (an eMSP; a second POST of the same CDR is refused with 2001).
 * Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryCdrs {
    private final ObjectStore<Cdr> store = new ObjectStore<>();

    /** Adds or replaces a CDR (keyed by country code, party id and id). */
    public PutOutcome put(Cdr cdr) {
        return store.put(ObjectStore.key(cdr.countryCode(), cdr.partyId(), cdr.id()), cdr);
    }

    /** The CDR with these identifiers. */
    public Optional<Cdr> find(String countryCode, String partyId, String cdrId) {
        return store.get(ObjectStore.key(countryCode, partyId, cdrId));
    }

    /** Every CDR, in insertion order. */
    public List<Cdr> all() {
        return store.all();
    }

    /** A Sender interface over these CDRs: every CDR is visible to every partner. */
    public CdrsSender asSender() {
        return (ctx, page) -> Page.of(store.all(), page, Cdr::lastUpdated);
    }

    /** A Receiver interface that stores the CDRs partners post. */
    public CdrsReceiver asReceiver() {
        return new CdrsReceiver() {
            @Override
            public Optional<Cdr> getCdr(OcpiContext ctx, String countryCode, String partyId, String cdrId) {
                return find(countryCode, partyId, cdrId);
            }

            @Override
            public void postCdr(OcpiContext ctx, Cdr cdr) {
                if (!store.putIfAbsent(ObjectStore.key(cdr.countryCode(), cdr.partyId(), cdr.id()), cdr)) {
                    throw OcpiErrors.invalid("CDR " + cdr.id() + " exists already; CDRs cannot be replaced");
                }
            }
        };
    }
}
