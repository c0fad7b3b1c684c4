package dev.ocpkit.examples.ocpiparty;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocpkit cpo}: an OCPI 2.2.1 CPO in memory on 127.0.0.1, open to registration with the given token A. It serves
 * demo locations, tariffs, sessions and CDRs (or those of {@code --data DIR}), receives tokens, runs commands on
 * simulated charge points (sessions and CDRs are pushed to the partner), accepts charging profiles and hub client
 * info.
 *
 * @since 0.1
 */
@Command(
        name = "cpo",
        mixinStandardHelpOptions = true,
        description = "Run an in-memory OCPI 2.2.1 CPO (demo data, simulated charge points) open to registration.")
public final class CpoCommand extends PartyCommand {
    @Option(
            names = "--port",
            description = "Port to listen on, 0 for any (default: ${DEFAULT-VALUE}).",
            defaultValue = "9001")
    int port = 9001;

    @Option(
            names = "--data",
            description = "Directory with locations.json, tariffs.json, sessions.json, cdrs.json (JSON arrays of"
                    + " OCPI 2.2.1 objects) replacing the demo data.")
    @Nullable
    Path data;

    @Option(
            names = "--locations",
            description = "Number of demo locations (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int locations = 3;

    @Override
    OcpiParty.Kind kind() {
        return OcpiParty.Kind.CPO;
    }

    @Override
    int port() {
        return port;
    }

    @Override
    String defaultCountryCode() {
        return "NL";
    }

    @Override
    String defaultPartyId() {
        return "CPO";
    }

    @Override
    @Nullable
    Path dataDir() {
        return data;
    }

    @Override
    int demoLocations() {
        return locations;
    }
}
