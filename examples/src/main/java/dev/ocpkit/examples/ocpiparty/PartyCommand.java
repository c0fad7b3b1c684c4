package dev.ocpkit.examples.ocpiparty;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What {@code ocpkit cpo} and {@code ocpkit emsp} share: options, start-up, optional registration, shutdown. */
abstract class PartyCommand implements Callable<Integer> {
    @Option(
            names = "--host",
            description = "Address to bind and publish (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String host = "127.0.0.1";

    @Option(
            names = "--token-a",
            required = true,
            description = "The credentials token A a partner must use to register with this party.")
    String tokenA = "";

    @Option(names = "--country-code", description = "Our OCPI country code.")
    @Nullable
    String countryCode;

    @Option(names = "--party-id", description = "Our OCPI party id.")
    @Nullable
    String partyId;

    @Option(
            names = "--register-with",
            description = "Versions URL of a party to register with at start-up (needs --register-token).")
    @Nullable
    String registerWith;

    @Option(names = "--register-token", description = "The token A that party gave us.")
    @Nullable
    String registerToken;

    @Option(names = "--duration", description = "Stop after this many seconds (default: run until interrupted).")
    @Nullable
    Integer durationSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract OcpiParty.Kind kind();

    abstract int port();

    abstract String defaultCountryCode();

    abstract String defaultPartyId();

    @Nullable
    Path dataDir() {
        return null;
    }

    int demoLocations() {
        return 3;
    }

    /** Runs after start-up and registration, before waiting. */
    void started(OcpiParty party) throws Exception {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ((registerWith == null) != (registerToken == null)) {
            spec.commandLine().getErr().println("--register-with and --register-token go together");
            return 2;
        }
        String cc = countryCode == null ? defaultCountryCode() : countryCode;
        String pid = partyId == null ? defaultPartyId() : partyId;
        Printer printer = new Printer(out, kind().name() + " " + cc + "/" + pid);
        OcpiParty.Options options = new OcpiParty.Options(
                kind(), host, port(), cc, pid, tokenA, dataDir(), demoLocations(), Duration.ofMillis(500));
        try (OcpiParty party = new OcpiParty(options, printer)) {
            printer.say("serving OCPI 2.2.1 at " + party.versionsUrl() + "; partners register with the token A given"
                    + " by --token-a");
            if (kind() == OcpiParty.Kind.CPO) {
                printer.say("data: " + party.locations.all().size() + " locations, "
                        + party.tariffs.all().size()
                        + " tariffs, " + party.sessions.all().size() + " sessions, "
                        + party.cdrs.all().size()
                        + " CDRs");
            } else {
                printer.say("data: " + party.tokens.all().size() + " tokens");
            }
            if (registerWith != null) {
                party.register(registerWith, registerToken);
            }
            started(party);
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(stop::countDown, "ocpkit-party-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                if (durationSeconds == null) {
                    stop.await();
                } else {
                    stop.await(durationSeconds, TimeUnit.SECONDS);
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // shutting down already
                }
            }
            printer.say("stopped");
        }
        return 0;
    }
}
