package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A price component: element and component index (0-based), dimension, price per unit excl. VAT, VAT percentage
 * ({@code null} when omitted) and step size in the dimension's step unit (0: no rounding).
 */
public record NComponent(int element, int component, Dim dim, BigDecimal price, @Nullable BigDecimal vat, long step) {}
