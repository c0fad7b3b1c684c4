package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.OcpiVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What discovery found at a partner's versions endpoint: the versions it offers, the one chosen (the highest both
 * sides support, or the one asked for) and its endpoints.
 *
 * @param versionsUrl the versions URL that was read
 * @param versions every version the partner offers, as listed
 * @param version the chosen version
 * @param versionDetailsUrl the URL of the chosen version's details
 * @param endpoints the partner's endpoints for the chosen version (role empty for 2.1.1)
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/version_information_endpoint.asciidoc">OCPI 2.2.1, Version
 *     information endpoint</a>
 * @since 0.1
 */
public record Discovery(
        String versionsUrl,
        List<OfferedVersion> versions,
        OcpiVersion version,
        String versionDetailsUrl,
        List<PartnerEndpoint> endpoints) {

    /** Copies the lists. */
    public Discovery {
        Objects.requireNonNull(versionsUrl, "versionsUrl");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(versionDetailsUrl, "versionDetailsUrl");
        versions = List.copyOf(versions);
        endpoints = List.copyOf(endpoints);
    }

    /**
     * The URL of a module's endpoint.
     *
     * @param moduleId the module, e.g. {@code credentials}
     * @param role {@code SENDER} or {@code RECEIVER}; ignored for 2.1.1 endpoints (which have no role) and for an
     *     empty string
     */
    public Optional<String> endpoint(String moduleId, String role) {
        for (PartnerEndpoint e : endpoints) {
            if (e.moduleId().equals(moduleId)
                    && (role.isEmpty() || e.role().isEmpty() || e.role().equalsIgnoreCase(role))) {
                return Optional.of(e.url());
            }
        }
        return Optional.empty();
    }
}
