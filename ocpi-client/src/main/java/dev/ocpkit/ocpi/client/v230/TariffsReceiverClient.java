package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.Tariff;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes tariffs to the partner's tariffs Receiver interface (the eMSP's): GET, PUT and DELETE on {@code
 * {tariffs_endpoint_url}/{country_code}/{party_id}/{tariff_id}}.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_tariffs.asciidoc#mod_tariffs_receiver_interface">OCPI 2.3.0, Tariffs, Receiver interface</a>
 * @since 0.1
 */
public final class TariffsReceiverClient {
    private final CallContext ctx;

    TariffsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a tariff.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param tariffId the tariff id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Tariff> getTariffAsync(String countryCode, String partyId, String tariffId) {
        return ctx.req("GET", "tariffs", "RECEIVER", "GET tariffs (receiver)")
                .path(countryCode, partyId, tariffId)
                .object(Tariff.class);
    }

    /** Blocking {@link #getTariffAsync}; throws its failure unwrapped. */
    public Tariff getTariff(String countryCode, String partyId, String tariffId) {
        return Futures.join(getTariffAsync(countryCode, partyId, tariffId));
    }

    /**
     * Creates or replaces a tariff; country code, party id and id are taken from the tariff.
     *
     * @param tariff the whole tariff
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putTariffAsync(Tariff tariff) {
        return ctx.req("PUT", "tariffs", "RECEIVER", "PUT tariffs (receiver)")
                .path(tariff.countryCode(), tariff.partyId(), tariff.id())
                .body(tariff)
                .noData();
    }

    /** Blocking {@link #putTariffAsync}; throws its failure unwrapped. */
    public void putTariff(Tariff tariff) {
        Futures.join(putTariffAsync(tariff));
    }

    /**
     * Removes a tariff that is no longer used.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param tariffId the tariff id
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> deleteTariffAsync(String countryCode, String partyId, String tariffId) {
        return ctx.req("DELETE", "tariffs", "RECEIVER", "DELETE tariffs (receiver)")
                .path(countryCode, partyId, tariffId)
                .noData();
    }

    /** Blocking {@link #deleteTariffAsync}; throws its failure unwrapped. */
    public void deleteTariff(String countryCode, String partyId, String tariffId) {
        Futures.join(deleteTariffAsync(countryCode, partyId, tariffId));
    }
}
