package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiTransportException;
import dev.ocpkit.ocpi.model.OcpiException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Blocking access to the client's futures that throws the typed exception itself. */
public final class Futures {
    private Futures() {}

    /**
     * Waits for {@code future}.
     *
     * @throws OcpiException the failure of the future, unwrapped
     * @throws RuntimeException any other unchecked failure, unwrapped
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new OcpiTransportException(
                    OcpiTransportException.Kind.INTERRUPTED, 0, "interrupted while waiting for a response", null, e);
        } catch (CancellationException e) {
            throw new OcpiTransportException(OcpiTransportException.Kind.INTERRUPTED, 0, "cancelled", null, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new OcpiTransportException(OcpiTransportException.Kind.IO, 0, "failed: " + cause, null, cause);
        }
    }
}
