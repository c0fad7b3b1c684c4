package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.OcpiVersion;
import java.util.List;
import java.util.Objects;

/**
 * Who we are in OCPI: the URL of our versions endpoint (served by the server module), the versions we speak and our
 * roles. The client sends this in our credentials; the server builds its versions response from it.
 *
 * @param versionsUrl the public URL of our versions endpoint
 * @param versions the OCPI versions we support, any order
 * @param roles our roles (at least one)
 * @since 0.1
 */
public record LocalParty(String versionsUrl, List<OcpiVersion> versions, List<PartyRole> roles) {
    /** Copies the lists; requires a versions URL, a supported version and a role. */
    public LocalParty {
        Objects.requireNonNull(versionsUrl, "versionsUrl");
        versions = List.copyOf(versions);
        roles = List.copyOf(roles);
        if (versions.isEmpty() || !versions.stream().allMatch(OcpiVersion::isSupported)) {
            throw new IllegalArgumentException("versions must be non-empty and supported by ocpkit: " + versions);
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("at least one role is needed");
        }
    }
}
