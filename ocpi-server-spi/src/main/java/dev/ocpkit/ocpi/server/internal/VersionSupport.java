package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.server.OcpiService;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the engine needs to know about one OCPI version: its service interfaces and its configuration objects. */
public interface VersionSupport {
    /** An endpoint to publish in the version details. */
    record Published(String moduleId, @Nullable EndpointRole role, String url) {}

    /** Credentials as the engine handles them, whatever the version's object looks like. */
    record CredentialsData(String token, String url, List<PartyRole> roles) {}

    OcpiVersion version();

    /**
     * Whether the version's endpoints have interface roles (2.2+). Without them (2.1.1) a module is published once, so
     * at most one side of it may be bound.
     */
    default boolean interfaceRoles() {
        return true;
    }

    /** Adds a binding for every module interface of this version that {@code service} implements. */
    void bind(OcpiService service, List<Binding> out);

    /** The version details object. */
    Object versionDetails(List<Published> endpoints);

    /** Parses and validates a credentials body. */
    CredentialsData readCredentials(Call call);

    /** Our credentials object. */
    Object credentials(String token, String versionsUrl, List<PartyRole> roles);
}
