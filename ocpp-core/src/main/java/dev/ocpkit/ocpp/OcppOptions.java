package dev.ocpkit.ocpp;

import dev.ocpkit.ocpp.internal.rpc.Defaults;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Settings of the OCPP-J RPC layer, shared by every connection of a server or client. Immutable.
 *
 * @param callTimeout how long an outgoing CALL waits for its answer once written; default 30 s
 * @param maxCallsInFlight outgoing CALLs outstanding at once per connection; default 1 (OCPP's rule; raise it only
 *     for peers that allow more)
 * @param executor where incoming CALLs are handled (never on a socket thread); default a shared pool of daemon
 *     threads sized for non-blocking handlers: give your own when handlers block
 * @param scheduler used for call timeouts; default a shared single daemon thread
 * @param validateOutgoing check every outgoing payload against the schema before sending; default {@code true}
 * @param inputTolerance which known vendor deviations incoming payloads may have; default strict
 * @param maxFrameChars the longest text frame accepted, in characters; default 1,048,576
 * @param listener observes connections; default {@link OcppListener#NONE}
 * @since 0.1
 */
public record OcppOptions(
        Duration callTimeout,
        int maxCallsInFlight,
        Executor executor,
        ScheduledExecutorService scheduler,
        boolean validateOutgoing,
        InputTolerance inputTolerance,
        int maxFrameChars,
        OcppListener listener) {

    /** Checks the values. */
    public OcppOptions {
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("callTimeout must be positive");
        }
        if (maxCallsInFlight < 1) {
            throw new IllegalArgumentException("maxCallsInFlight must be at least 1");
        }
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(inputTolerance, "inputTolerance");
        if (maxFrameChars < 64) {
            throw new IllegalArgumentException("maxFrameChars must be at least 64");
        }
        Objects.requireNonNull(listener, "listener");
    }

    /** The defaults described on each component. */
    public static OcppOptions defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder()
                .callTimeout(callTimeout)
                .maxCallsInFlight(maxCallsInFlight)
                .executor(executor)
                .scheduler(scheduler)
                .validateOutgoing(validateOutgoing)
                .inputTolerance(inputTolerance)
                .maxFrameChars(maxFrameChars)
                .listener(listener);
    }

    /** Builds {@link OcppOptions}; not thread-safe. */
    public static final class Builder {
        private Duration callTimeout = Duration.ofSeconds(30);
        private int maxCallsInFlight = 1;
        private Executor executor = Defaults.executor();
        private ScheduledExecutorService scheduler = Defaults.scheduler();
        private boolean validateOutgoing = true;
        private InputTolerance inputTolerance = InputTolerance.STRICT;
        private int maxFrameChars = 1 << 20;
        private OcppListener listener = OcppListener.NONE;

        private Builder() {}

        /** See {@link OcppOptions#callTimeout()}. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /** See {@link OcppOptions#maxCallsInFlight()}. */
        public Builder maxCallsInFlight(int maxCallsInFlight) {
            this.maxCallsInFlight = maxCallsInFlight;
            return this;
        }

        /** See {@link OcppOptions#executor()}. */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /** See {@link OcppOptions#scheduler()}. */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /** See {@link OcppOptions#validateOutgoing()}. */
        public Builder validateOutgoing(boolean validateOutgoing) {
            this.validateOutgoing = validateOutgoing;
            return this;
        }

        /** See {@link OcppOptions#inputTolerance()}. */
        public Builder inputTolerance(InputTolerance inputTolerance) {
            this.inputTolerance = inputTolerance;
            return this;
        }

        /** See {@link OcppOptions#maxFrameChars()}. */
        public Builder maxFrameChars(int maxFrameChars) {
            this.maxFrameChars = maxFrameChars;
            return this;
        }

        /** See {@link OcppOptions#listener()}. */
        public Builder listener(OcppListener listener) {
            this.listener = listener;
            return this;
        }

        /** Builds the options. */
        public OcppOptions build() {
            return new OcppOptions(
                    callTimeout,
                    maxCallsInFlight,
                    executor,
                    scheduler,
                    validateOutgoing,
                    inputTolerance,
                    maxFrameChars,
                    listener);
        }
    }
}
