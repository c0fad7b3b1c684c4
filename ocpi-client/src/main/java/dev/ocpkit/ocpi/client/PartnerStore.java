package dev.ocpkit.ocpi.client;

import java.util.List;
import java.util.Optional;

/**
 * Where the host keeps its OCPI partners and their tokens (a database table, usually). The server authenticates
 * every request through {@link #findByTokenTheyUse}; the credentials handshake (client and server side) saves the
 * partner as it moves from {@link Partner.State#PENDING} to {@link Partner.State#REGISTERED}.
 *
 * <p>Implementations must be thread-safe. {@link InMemoryPartnerStore} is one for tests and demos.
 *
 * @since 0.1
 */
public interface PartnerStore {
    /** The partner that sends {@code token} when calling us (token A while pending, C after registration). */
    Optional<Partner> findByTokenTheyUse(String token);

    /** The partner with this id. */
    Optional<Partner> find(String partnerId);

    /** Inserts or replaces the partner with {@link Partner#id()}. */
    void save(Partner partner);

    /** Removes the partner; no effect when unknown. */
    void delete(String partnerId);

    /** Every partner, in no particular order. */
    List<Partner> all();
}
