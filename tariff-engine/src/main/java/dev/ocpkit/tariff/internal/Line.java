package dev.ocpkit.tariff.internal;

import dev.ocpkit.tariff.CostCategory;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One priced line while pricing: mutable during step rounding and money rounding, then read by the assembler. */
public final class Line {
    public final NPeriod period;
    public final Dim dim;
    public final boolean reservationTime;
    public final CostCategory category;
    public final NComponent component;
    /** Measured quantity in the step unit (Wh, s, 1 for FLAT). */
    public final BigDecimal quantity;
    /** Added by step_size rounding, in the step unit. */
    public BigDecimal stepExtra = BigDecimal.ZERO;

    /**
     * Whether the pricer costed this line on its own ({@link #exclX}, {@link #inclX} and the rounded amounts set);
     * otherwise {@link Pricer#lineCost} costs it on demand.
     */
    boolean costed;

    /** The cost, x3600, when {@link #costed}. */
    BigDecimal exclX = BigDecimal.ZERO;

    @Nullable
    BigDecimal inclX;
    /** Set when money is rounded per line. */
    public @Nullable BigDecimal roundedExcl;

    public @Nullable BigDecimal roundedIncl;

    Line(NPeriod period, Dim dim, boolean reservationTime, CostCategory category, NComponent component, BigDecimal q) {
        this.period = period;
        this.dim = dim;
        this.reservationTime = reservationTime;
        this.category = category;
        this.component = component;
        this.quantity = q;
    }

    /** The quantity billed: measured plus step rounding (the quantity itself when nothing was added). */
    public BigDecimal billed() {
        // quantity + 0 is the quantity, with the same scale when that is not negative
        return stepExtra.signum() == 0 && quantity.scale() >= 0 ? quantity : quantity.add(stepExtra);
    }
}
