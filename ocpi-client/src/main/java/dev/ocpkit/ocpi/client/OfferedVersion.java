package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.OcpiVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a partner's versions list: a version number and the URL of its details.
 *
 * @param version the version as the partner wrote it, e.g. {@code 2.2.1}
 * @param url the URL of the version details (endpoints)
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/version_information_endpoint.asciidoc">OCPI 2.2.1, Version
 *     information endpoint</a>
 * @since 0.1
 */
public record OfferedVersion(String version, String url) {
    /** Requires both. */
    public OfferedVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(url, "url");
    }

    /** The version as a constant; empty for a version ocpkit does not know. */
    public Optional<OcpiVersion> ocpiVersion() {
        return OcpiVersion.fromValue(version.trim());
    }
}
