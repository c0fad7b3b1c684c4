package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiRegistrationException;
import dev.ocpkit.ocpi.model.OcpiStatusCode;

/** Factories of registration failures detected on our side. */
final class OcpiRegistrationExceptions {
    private OcpiRegistrationExceptions() {}

    static OcpiRegistrationException local(OcpiRegistrationException.Reason reason, OcpiStatusCode code, String m) {
        return new OcpiRegistrationException(reason, code.code(), 0, m, null, null);
    }
}
