package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;

/**
 * One application of step_size: the group ("ENERGY", "PARKING_TIME", "TIME" or "RESERVATION_TIME"), its billable total
 * (step unit), the step of the last line's component, the amount added and the line it was added to; {@code perPeriod}
 * when the group is one period's line on its own (OCPI 2.1.1) rather than the session's total.
 */
public record StepRounding(String group, BigDecimal total, long step, BigDecimal extra, Line line, boolean perPeriod) {}
