package dev.ocpkit.tariff.internal;

import dev.ocpkit.tariff.PricingOptions;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the pricer computed: lines, step roundings, totals per {@code CostCategory} ordinal before and after the price
 * limits (x3600; an incl. VAT entry is {@code null} when unknown), the adjustments, notes, and whether every amount is
 * exact.
 */
public record PriceResult(
        NSession session,
        ZoneId zone,
        PricingOptions options,
        List<Line> lines,
        List<StepRounding> stepRoundings,
        BigDecimal[] categoryExclX,
        @Nullable BigDecimal[] categoryInclX,
        BigDecimal preLimitExclX,
        @Nullable BigDecimal preLimitInclX,
        BigDecimal totalExclX,
        @Nullable BigDecimal totalInclX,
        List<LimitAdjustment> adjustments,
        List<String> notes,
        boolean exactArithmetic) {}
