package dev.ocpkit.testkit;

import dev.ocpkit.ocpi.model.v221.CancelReservation;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResponseType;
import dev.ocpkit.ocpi.model.v221.ReserveNow;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.StopSession;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.UnlockConnector;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.v221.CommandsReceiver;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTariffs;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake OCPI 2.2.1 CPO for host tests: a real party on {@code 127.0.0.1} and an ephemeral port that serves the
 * Sender interfaces of Locations, Sessions, CDRs and Tariffs from in-memory stores the test fills, the Receiver
 * interface of Tokens (what eMSPs push is kept in {@link #tokens()}) and the Receiver interface of Commands, which
 * records every command and answers with a scriptable {@link CommandResponse} ({@code ACCEPTED} by default). The
 * fake sends no command result on its own: a test that needs one posts it with {@link #client()} to the command's
 * {@code response_url}.
 *
 * <p>Thread-safe. See {@link FakeOcpiParty} for recording and scripted failures.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_commands.asciidoc">OCPI 2.2.1, Commands module</a>
 * @since 0.1
 */
public final class FakeCpo extends FakeOcpiParty {
    /** The default answer to every command: {@code ACCEPTED}, timeout 30 s. */
    public static final CommandResponse ACCEPTED =
            new CommandResponse(CommandResponseType.ACCEPTED.value(), 30, List.of());

    private final InMemoryLocations locations = new InMemoryLocations();
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryCdrs cdrs = new InMemoryCdrs();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final List<Object> commands = new CopyOnWriteArrayList<>();
    private volatile CommandResponse commandAnswer = ACCEPTED;

    private FakeCpo(Builder b) {
        super("CPO", b.countryCode, b.partyId, (client, base) -> client);
        serve(OcpiDispatcher.builder(localPartyOf(), partners())
                .discovery(PartnerDiscovery.using(client()))
                .service(locations.asSender())
                .service(sessions.asSender())
                .service(cdrs.asSender())
                .service(tariffs.asSender())
                .service(tokens.asReceiver())
                .service(new Commands())
                .build());
    }

    /**
     * Starts a CPO {@code DE*CPO}.
     *
     * @return the running fake; close it
     */
    public static FakeCpo start() {
        return builder().start();
    }

    /**
     * A builder for a CPO with other ids.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The CPO's locations, served by its Locations Sender; add locations here for an eMSP to pull.
     *
     * @return the live store
     */
    public InMemoryLocations locations() {
        return locations;
    }

    /**
     * The CPO's sessions, served by its Sessions Sender.
     *
     * @return the live store
     */
    public InMemorySessions sessions() {
        return sessions;
    }

    /**
     * The CPO's CDRs, served by its CDRs Sender.
     *
     * @return the live store
     */
    public InMemoryCdrs cdrs() {
        return cdrs;
    }

    /**
     * The CPO's tariffs, served by its Tariffs Sender.
     *
     * @return the live store
     */
    public InMemoryTariffs tariffs() {
        return tariffs;
    }

    /**
     * The tokens eMSPs pushed to the CPO's Tokens Receiver.
     *
     * @return a snapshot
     */
    public List<Token> tokens() {
        return tokens.all();
    }

    /**
     * Every command received, oldest first: {@link StartSession}, {@link StopSession}, {@link ReserveNow}, {@link
     * CancelReservation} or {@link UnlockConnector} records.
     *
     * @return a snapshot
     */
    public List<Object> commands() {
        return List.copyOf(commands);
    }

    /**
     * Sets the answer to every following command, e.g. {@code REJECTED} or {@code UNKNOWN_SESSION}.
     *
     * @param answer the command response
     */
    public void answerCommands(CommandResponse answer) {
        commandAnswer = Objects.requireNonNull(answer, "answer");
    }

    private final class Commands implements CommandsReceiver {
        private CommandResponse record(Object command) {
            commands.add(command);
            return commandAnswer;
        }

        @Override
        public CommandResponse startSession(OcpiContext ctx, StartSession command) {
            return record(command);
        }

        @Override
        public CommandResponse stopSession(OcpiContext ctx, StopSession command) {
            return record(command);
        }

        @Override
        public CommandResponse reserveNow(OcpiContext ctx, ReserveNow command) {
            return record(command);
        }

        @Override
        public CommandResponse cancelReservation(OcpiContext ctx, CancelReservation command) {
            return record(command);
        }

        @Override
        public CommandResponse unlockConnector(OcpiContext ctx, UnlockConnector command) {
            return record(command);
        }
    }

    /**
     * Builds a {@link FakeCpo}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private String countryCode = "DE";
        private String partyId = "CPO";

        private Builder() {}

        /**
         * Sets the party's country code (ISO 3166-1 alpha-2).
         *
         * @param value the country code, default {@code DE}
         * @return this
         */
        public Builder countryCode(String value) {
            countryCode = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets the party id (3 characters).
         *
         * @param value the party id, default {@code CPO}
         * @return this
         */
        public Builder partyId(String value) {
            partyId = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Binds, builds and starts the fake.
         *
         * @return the running fake
         */
        public FakeCpo start() {
            return new FakeCpo(this);
        }
    }
}
