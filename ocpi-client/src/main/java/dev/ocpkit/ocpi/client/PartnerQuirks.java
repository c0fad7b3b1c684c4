package dev.ocpkit.ocpi.client;

/**
 * How one partner bends the specification, so that ocpkit can still talk to it.
 *
 * @param tokenEncoding how the credentials token travels in the {@code Authorization} header
 * @param writeTimestampsWithZone whether timestamps we send carry {@code Z} (some parsers reject it)
 * @param trailingSlash whether the partner's URLs need a trailing slash
 * @param tolerateMissingPaginationHeaders whether a list response without {@code X-Total-Count}, {@code X-Limit} or
 *     {@code Link} is accepted (then the list ends when a page is empty or shorter than the limit)
 * @since 0.1
 */
public record PartnerQuirks(
        TokenEncoding tokenEncoding,
        boolean writeTimestampsWithZone,
        boolean trailingSlash,
        boolean tolerateMissingPaginationHeaders) {

    /** What the specification says: the version decides the token encoding, {@code Z} on timestamps. */
    public static final PartnerQuirks SPEC = new PartnerQuirks(TokenEncoding.BY_VERSION, true, false, false);

    /** Tolerant defaults for partners of unknown quality: auto-detected tokens, missing headers accepted. */
    public static final PartnerQuirks TOLERANT = new PartnerQuirks(TokenEncoding.AUTO, true, false, true);

    /** How a credentials token is put into (and read from) the {@code Authorization: Token ...} header. */
    public enum TokenEncoding {
        /** As the version prescribes: raw for 2.1.1, Base64 for 2.2 and later. */
        BY_VERSION,
        /** Always Base64 (UTF-8). */
        BASE64,
        /** Always the raw token. */
        RAW,
        /**
         * Incoming: accept either form. Outgoing: as the version prescribes. For partners that disagree with the
         * specification on 2.2.1 (a well-known interoperability problem).
         */
        AUTO
    }
}
