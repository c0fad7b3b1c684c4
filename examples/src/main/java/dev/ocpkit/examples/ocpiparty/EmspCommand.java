package dev.ocpkit.examples.ocpiparty;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocpkit emsp}: an OCPI 2.2.1 eMSP in memory on 127.0.0.1, open to registration with the given token A. It
 * serves three demo RFID tokens with real-time authorization and stores the locations, sessions, CDRs, tariffs and
 * hub client info partners push. With {@code --demo-session} (after {@code --register-with} a CPO) it starts and stops
 * a session there and waits for the command results at its own {@code response_url}s.
 *
 * @since 0.1
 */
@Command(
        name = "emsp",
        mixinStandardHelpOptions = true,
        description = "Run an in-memory OCPI 2.2.1 eMSP (demo tokens) open to registration.")
public final class EmspCommand extends PartyCommand {
    @Option(
            names = "--port",
            description = "Port to listen on, 0 for any (default: ${DEFAULT-VALUE}).",
            defaultValue = "9002")
    int port = 9002;

    @Option(
            names = "--demo-session",
            description = "After registering (--register-with), start a session at the partner, charge, stop it.")
    boolean demoSession;

    @Option(
            names = "--charge-seconds",
            description = "How long the demo session charges (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int chargeSeconds = 2;

    @Override
    OcpiParty.Kind kind() {
        return OcpiParty.Kind.EMSP;
    }

    @Override
    int port() {
        return port;
    }

    @Override
    String defaultCountryCode() {
        return "DE";
    }

    @Override
    String defaultPartyId() {
        return "EMS";
    }

    @Override
    void started(OcpiParty party) throws Exception {
        if (demoSession) {
            if (registerWith == null) {
                party.printer.say("--demo-session needs --register-with");
                return;
            }
            party.demoSession("partner", Duration.ofSeconds(chargeSeconds));
        }
    }
}
