package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;

/** A min/max price adjustment of the total: which limit, excl. or incl. VAT, before and after (x3600). */
public record LimitAdjustment(boolean max, boolean inclVat, BigDecimal beforeX, BigDecimal afterX) {}
