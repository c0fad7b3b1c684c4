package dev.ocpkit.ocpi.server;

/**
 * What a PUT (or POST) did to the receiver's store; the dispatcher answers HTTP 201 for {@link #CREATED} and 200 for
 * {@link #UPDATED}, as the status codes chapter of OCPI says.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/status_codes.asciidoc">OCPI 2.2.1, Status codes</a>
 * @since 0.1
 */
public enum PutOutcome {
    /** The object did not exist and was created: HTTP 201. */
    CREATED,
    /** The object existed and was replaced: HTTP 200. */
    UPDATED
}
