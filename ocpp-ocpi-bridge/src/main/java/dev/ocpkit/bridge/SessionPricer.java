package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.time.ZoneId;
import java.util.List;

/**
 * Prices a finished session: cuts its charging periods where the tariff's restrictions change and fills in the CDR's
 * cost fields. The default, {@link TariffEnginePricer}, uses ocpkit's tariff engine.
 *
 * @since 0.1
 */
public interface SessionPricer {
    /**
     * @param unpriced a CDR with everything but charging periods and costs
     * @param tariff the tariff that applies
     * @param timeline the meter readings of the session in time order (at least the start and the end)
     * @param zone the time zone of the location, for time-of-day restrictions
     * @return the CDR with charging periods, totals and costs
     */
    Cdr price(Cdr unpriced, Tariff tariff, List<MeterPoint> timeline, ZoneId zone);
}
