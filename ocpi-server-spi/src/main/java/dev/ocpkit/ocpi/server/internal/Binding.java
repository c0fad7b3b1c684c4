package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.server.OcpiResponse;

/**
 * One module in one role of one version, served under {@code {base}/{version}/{role}/{module}}.
 *
 * @param moduleId the OCPI module identifier
 * @param role the interface role
 * @param functional whether routing headers apply (false for configuration modules such as hubclientinfo)
 * @param handler the request handler; throws {@link dev.ocpkit.ocpi.model.OcpiException}s for errors
 */
public record Binding(String moduleId, EndpointRole role, boolean functional, Handler handler) {
    /** Handles one call to the module. */
    @FunctionalInterface
    public interface Handler {
        OcpiResponse handle(Call call);
    }
}
