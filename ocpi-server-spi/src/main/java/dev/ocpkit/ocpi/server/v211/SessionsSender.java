package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.Session;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The CPO interface of the Sessions module: the eMSP pulls the sessions of its customers.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_sessions.md#21-cpo-interface">OCPI 2.1.1, Sessions: CPO
 *     interface</a>
 * @since 0.1
 */
public interface SessionsSender extends OcpiService {
    /**
     * {@code GET {sessions}?date_from&date_to&offset&limit}: one page of the caller's sessions. OCPI 2.1.1 requires
     * {@code date_from}; under {@link dev.ocpkit.ocpi.server.ParsingPolicy#STRICT} the dispatcher refuses a request
     * without it (2001), under {@code LENIENT} {@link PageRequest#dateFrom()} may be {@code null}.
     */
    Page<Session> getSessions(OcpiContext ctx, PageRequest page);
}
