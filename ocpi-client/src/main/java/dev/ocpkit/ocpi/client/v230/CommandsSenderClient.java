package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.CommandResult;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Posts the asynchronous result of a command to the {@code response_url} the partner (the eMSP) gave in the
 * command: {@code POST {response_url}}. Used by a CPO after it received a command.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_commands.asciidoc#mod_commands_sender_interface">OCPI 2.3.0, Commands, Sender interface</a>
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
     * @param responseUrl the {@code response_url} of the command
     * @param result the result
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> postResultAsync(String responseUrl, CommandResult result) {
        return ctx.req("POST", "commands", "SENDER", "POST commands result (sender)")
                .url(responseUrl)
                .body(result)
                .noData();
    }

    /** Blocking {@link #postResultAsync}; throws its failure unwrapped. */
    public void postResult(String responseUrl, CommandResult result) {
        Futures.join(postResultAsync(responseUrl, result));
    }
}
