package dev.ocpkit.ocpi.client;

import java.util.List;
import java.util.Objects;

/**
 * A partner's credentials object, version-neutral: the token for calling it, its versions URL and its roles (OCPI
 * 2.1.1's single party becomes one role).
 *
 * <p>{@link #toString()} never prints the token.
 *
 * @param token the credentials token (secret)
 * @param url the partner's versions URL
 * @param roles the partner's roles
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/credentials.asciidoc#credentials_credentials_object">OCPI
 *     2.2.1, Credentials object</a>
 * @since 0.1
 */
public record PartnerCredentials(String token, String url, List<PartyRole> roles) {
    /** Requires token and url; copies the roles. */
    public PartnerCredentials {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(url, "url");
        roles = List.copyOf(roles);
    }

    /** The URL and roles; the token shows as {@code <redacted>}. */
    @Override
    public String toString() {
        return "PartnerCredentials[token=<redacted>, url=" + url + ", roles=" + roles + "]";
    }
}
