package dev.ocpkit.ocpi.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link PartnerStore} in memory, for tests, demos and hosts that rebuild their partners at start-up. Thread-safe;
 * lookups by token are linear in the number of partners.
 *
 * @since 0.1
 */
public final class InMemoryPartnerStore implements PartnerStore {
    private final ConcurrentMap<String, Partner> partners = new ConcurrentHashMap<>();

    @Override
    public Optional<Partner> findByTokenTheyUse(String token) {
        Objects.requireNonNull(token, "token");
        for (Partner p : partners.values()) {
            String t = p.tokenTheyUse();
            if (t != null && p.state() != Partner.State.UNREGISTERED && constantTimeEquals(t, token)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Partner> find(String partnerId) {
        return Optional.ofNullable(partners.get(partnerId));
    }

    @Override
    public void save(Partner partner) {
        partners.put(partner.id(), partner);
    }

    @Override
    public void delete(String partnerId) {
        partners.remove(partnerId);
    }

    @Override
    public List<Partner> all() {
        return List.copyOf(partners.values());
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
