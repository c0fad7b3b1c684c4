package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks.TokenEncoding;
import dev.ocpkit.ocpi.client.PartnerStore;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code Authorization: Token ...} header and finds the partner. OCPI 2.2+ sends the token Base64-encoded,
 * 2.1.1 (and many 2.2 implementations) raw: both forms are looked up, the version's own form first, and the form used
 * must then be one the partner's {@link TokenEncoding} allows for that version.
 */
final class TokenAuth {
    private TokenAuth() {}

    /** How the token was sent. */
    enum Form {
        RAW,
        BASE64
    }

    /** A partner and the form its token came in. */
    record Match(Partner partner, Form form) {}

    /**
     * The partner that sent this header, or empty (HTTP 401).
     *
     * @param version the version of the endpoint called, or {@code null} for version-independent endpoints (then the
     *     partner's agreed version decides, and any form is accepted while it has none)
     */
    static Optional<Partner> authenticate(PartnerStore store, @Nullable String header, @Nullable OcpiVersion version) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        if (h.length() < 6 || !h.regionMatches(true, 0, "Token", 0, 5) || !Character.isWhitespace(h.charAt(5))) {
            return Optional.empty();
        }
        String raw = h.substring(6).strip();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String decoded = decodeBase64(raw);
        boolean base64First = version == null || version.base64Tokens();
        Optional<Match> m = Optional.empty();
        if (base64First) {
            m = find(store, decoded, Form.BASE64).or(() -> find(store, raw, Form.RAW));
        } else {
            m = find(store, raw, Form.RAW).or(() -> find(store, decoded, Form.BASE64));
        }
        return m.filter(match -> allowed(match, version)).map(Match::partner);
    }

    private static Optional<Match> find(PartnerStore store, @Nullable String token, Form form) {
        if (token == null) {
            return Optional.empty();
        }
        return store.findByTokenTheyUse(token).map(p -> new Match(p, form));
    }

    private static boolean allowed(Match m, @Nullable OcpiVersion pathVersion) {
        TokenEncoding enc = m.partner().quirks().tokenEncoding();
        OcpiVersion v = pathVersion != null ? pathVersion : m.partner().version();
        return switch (enc) {
            case AUTO -> true;
            case BASE64 -> m.form() == Form.BASE64;
            case RAW -> m.form() == Form.RAW;
            case BY_VERSION -> v == null || (m.form() == Form.BASE64) == v.base64Tokens();
        };
    }

    /**
     * The Base64 (standard or URL-safe, padding optional) decoding of {@code s} when it yields printable ASCII without
     * spaces (a trailing line break, as in an example of the specification, is dropped), else {@code null}.
     */
    static @Nullable String decodeBase64(String s) {
        byte[] bytes;
        try {
            bytes = (s.indexOf('-') >= 0 || s.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder())
                    .decode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int n = bytes.length;
        while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r')) {
            n--;
        }
        if (n == 0) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (bytes[i] < 0x21 || bytes[i] > 0x7e) {
                return null;
            }
        }
        return new String(bytes, 0, n, StandardCharsets.US_ASCII);
    }
}
