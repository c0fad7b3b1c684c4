package dev.ocpkit.ocpi.client;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory partner store that records every save, to check what the server would have seen when. */
final class RecordingPartnerStore implements PartnerStore {
    final InMemoryPartnerStore delegate = new InMemoryPartnerStore();
    final List<Partner> saves = new CopyOnWriteArrayList<>();
    final List<String> deletes = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Partner> findByTokenTheyUse(String token) {
        return delegate.findByTokenTheyUse(token);
    }

    @Override
    public Optional<Partner> find(String partnerId) {
        return delegate.find(partnerId);
    }

    @Override
    public void save(Partner partner) {
        saves.add(partner);
        delegate.save(partner);
    }

    @Override
    public void delete(String partnerId) {
        deletes.add(partnerId);
        delegate.delete(partnerId);
    }

    @Override
    public List<Partner> all() {
        return delegate.all();
    }
}
