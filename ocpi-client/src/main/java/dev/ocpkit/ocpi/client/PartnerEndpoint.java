package dev.ocpkit.ocpi.client;

import java.util.Objects;

/**
 * One endpoint a partner offers: a module in a role at a URL (from its version details).
 *
 * @param moduleId the OCPI module identifier, e.g. {@code locations}, {@code cdrs}, {@code credentials}
 * @param role {@code SENDER} or {@code RECEIVER} (OCPI 2.2+); {@code null} role is written as an empty string for
 *     OCPI 2.1.1, which has no roles
 * @param url the endpoint URL
 * @since 0.1
 */
public record PartnerEndpoint(String moduleId, String role, String url) {
    /** Requires all three (role may be empty for 2.1.1). */
    public PartnerEndpoint {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(url, "url");
    }
}
