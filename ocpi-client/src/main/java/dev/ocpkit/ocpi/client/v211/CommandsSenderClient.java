package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v211.CommandResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Posts the result of a command (a {@code CommandResponse} in OCPI 2.1.1) to the {@code response_url} the partner
 * (the eMSP) gave. Used by a CPO.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_commands.md#22-emsp-interface">OCPI 2.1.1, Commands, eMSP interface</a>
 * @since 0.1
 */
public final class CommandsSenderClient {
    private final CallContext ctx;

    CommandsSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Sends a command's result. Never retried.
     *
     * @param responseUrl the command's {@code response_url}
     * @param result the result
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> postResultAsync(String responseUrl, CommandResponse result) {
        return ctx.req("POST", "commands", "", "POST commands result")
                .url(responseUrl)
                .body(result)
                .noData();
    }

    /** Blocking {@link #postResultAsync}; throws its failure unwrapped. */
    public void postResult(String responseUrl, CommandResponse result) {
        Futures.join(postResultAsync(responseUrl, result));
    }
}
