package dev.ocpkit.ocpp.smartcharging;

/**
 * How {@link SiteLoadManager} shares a site limit among the active sessions.
 *
 * <p>Under both policies every session that charges gets at least its minimum rate. When the minimums do not all
 * fit, sessions are admitted in turn (in start order under {@link #FAIR_SHARE}; highest priority first, then in start
 * order, under {@link #PRIORITY}) as long as their minimum fits beside the minimums admitted before them; the others
 * are paused (limit 0), so a later session with a small minimum may charge while an earlier one with a larger
 * minimum waits. No session gets more than it can use (its maximum, or what its meter values show it uses plus a
 * headroom).
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 3.13.4 (load
 *     balancing, central smart charging); OCPP 2.0.1 Part 2, K (central smart charging)</a>
 * @since 0.1
 */
public enum AllocationPolicy {
    /**
     * Max-min fairness: every charging session gets the same power, except that a session that needs less gets what
     * it needs and the rest is shared among the others (water-filling), and none gets less than its minimum.
     */
    FAIR_SHARE,
    /**
     * Higher {@link LoadSession#priority()} first: after every charging session got its minimum, the highest
     * priority sessions get as much as they can use, then the next priority, and so on; sessions of equal priority
     * share fairly as under {@link #FAIR_SHARE}. A lower priority gets more than its minimum only when every higher
     * one got all it can use (a sub-watt rounding remainder of a priority that did not is left unallocated).
     */
    PRIORITY
}
