package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v211.Tariff;
import dev.ocpkit.ocpi.model.v211.TariffPatch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes tariffs to the partner's (eMSP's) tariffs interface: GET, PUT, PATCH and DELETE on {@code
 * {tariffs_endpoint_url}/{country_code}/{party_id}/{tariff_id}}.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tariffs.md#22-emsp-interface">OCPI 2.1.1, Tariffs, eMSP interface</a>
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
        return ctx.req("GET", "tariffs", "", "GET tariffs")
                .path(countryCode, partyId, tariffId)
                .object(Tariff.class);
    }

    /** Blocking {@link #getTariffAsync}; throws its failure unwrapped. */
    public Tariff getTariff(String countryCode, String partyId, String tariffId) {
        return Futures.join(getTariffAsync(countryCode, partyId, tariffId));
    }

    /**
     * Creates or replaces a tariff, the id taken from the tariff.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param tariff the whole tariff
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putTariffAsync(String countryCode, String partyId, Tariff tariff) {
        return ctx.req("PUT", "tariffs", "", "PUT tariffs")
                .path(countryCode, partyId, tariff.id())
                .body(tariff)
                .noData();
    }

    /** Blocking {@link #putTariffAsync}; throws its failure unwrapped. */
    public void putTariff(String countryCode, String partyId, Tariff tariff) {
        Futures.join(putTariffAsync(countryCode, partyId, tariff));
    }

    /**
     * Updates fields of a tariff.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param tariffId the tariff id
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchTariffAsync(
            String countryCode, String partyId, String tariffId, TariffPatch patch) {
        return ctx.req("PATCH", "tariffs", "", "PATCH tariffs")
                .path(countryCode, partyId, tariffId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchTariffAsync}; throws its failure unwrapped. */
    public void patchTariff(String countryCode, String partyId, String tariffId, TariffPatch patch) {
        Futures.join(patchTariffAsync(countryCode, partyId, tariffId, patch));
    }

    /**
     * Removes a tariff that is no longer valid.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param tariffId the tariff id
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> deleteTariffAsync(String countryCode, String partyId, String tariffId) {
        return ctx.req("DELETE", "tariffs", "", "DELETE tariffs")
                .path(countryCode, partyId, tariffId)
                .noData();
    }

    /** Blocking {@link #deleteTariffAsync}; throws its failure unwrapped. */
    public void deleteTariff(String countryCode, String partyId, String tariffId) {
        Futures.join(deleteTariffAsync(countryCode, partyId, tariffId));
    }
}
