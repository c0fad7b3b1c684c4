package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.client.AsyncResults;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.PartnerStore;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.ParsingPolicy;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.RegistrationListener;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything the dispatcher's builder collected. */
public record Settings(
        LocalParty localParty,
        PartnerStore partners,
        List<OcpiService> services,
        @Nullable PartnerDiscovery discovery,
        @Nullable AsyncResults asyncResults,
        ParsingPolicy policy,
        int maxPageSize,
        int maxBodyBytes,
        int serializationCache,
        Clock clock,
        RegistrationListener listener,
        Set<String> requiredPartnerModules) {}
