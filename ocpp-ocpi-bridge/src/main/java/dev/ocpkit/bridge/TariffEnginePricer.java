package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.tariff.MeterSample;
import dev.ocpkit.tariff.PricingOptions;
import dev.ocpkit.tariff.RoundingPolicy;
import dev.ocpkit.tariff.SessionTimeline;
import dev.ocpkit.tariff.TariffEngine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prices sessions with ocpkit's {@link TariffEngine}: the meter timeline becomes a {@link SessionTimeline}, the engine
 * cuts the charging periods where the tariff's restrictions change and fills in every cost total. Thread-safe.
 *
 * @since 0.1
 */
public final class TariffEnginePricer implements SessionPricer {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final TariffEngine engine;

    /**
     * A pricer whose CDR totals are rounded half-up to 4 decimals, the precision of an OCPI {@code number}; the
     * exact amounts stay available from {@link TariffEngine} itself.
     */
    public TariffEnginePricer() {
        this(TariffEngine.create(PricingOptions.builder()
                .rounding(new RoundingPolicy(4, RoundingMode.HALF_UP, RoundingPolicy.Stage.TOTALS))
                .build()));
    }

    /** A pricer with a configured engine (rounding policy, open-point options). */
    public TariffEnginePricer(TariffEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public Cdr price(Cdr unpriced, Tariff tariff, List<MeterPoint> timeline, ZoneId zone) {
        List<MeterSample> samples = new ArrayList<>(timeline.size());
        for (MeterPoint p : timeline) {
            samples.add(new MeterSample(
                    p.at(),
                    p.energyWh().divide(THOUSAND),
                    p.powerW() == null ? null : p.powerW().divide(THOUSAND),
                    p.currentA(),
                    false));
        }
        return engine.price(tariff, SessionTimeline.of(samples), zone).toCdr(unpriced);
    }
}
