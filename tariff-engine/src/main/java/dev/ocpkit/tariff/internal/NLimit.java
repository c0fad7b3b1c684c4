package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A min or max price: excl. VAT and, when given, incl. VAT. */
public record NLimit(BigDecimal excl, @Nullable BigDecimal incl) {}
