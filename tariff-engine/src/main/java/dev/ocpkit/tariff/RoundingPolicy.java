package dev.ocpkit.tariff;

import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * How to round money, when the caller wants it rounded. OCPI leaves rounding to law and contract ("The OCPI
 * specification stays out of these matters", Tariffs module, Tariff object note), so the engine rounds nothing unless it
 * is given a policy.
 *
 * @param scale digits after the decimal point (2 for EUR)
 * @param mode how to round, for example {@link RoundingMode#HALF_UP}
 * @param stage whether each priced line or only the totals are rounded
 * @since 0.1
 */
public record RoundingPolicy(int scale, RoundingMode mode, Stage stage) {
    /**
     * Where rounding happens.
     *
     * @since 0.1
     */
    public enum Stage {
        /**
         * Each priced line (excl. and incl. VAT, each from the exact value) is rounded; the totals are sums of rounded
         * lines, so an invoice's lines add up to its totals.
         */
        PER_LINE,
        /** Lines stay exact; each of the six totals is computed exactly and then rounded. */
        TOTALS
    }

    /** Checks the arguments. */
    public RoundingPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(stage, "stage");
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("RoundingMode.UNNECESSARY cannot round money");
        }
    }

    /**
     * A policy at the number of fraction digits of an ISO 4217 currency (2 for EUR, 0 for JPY).
     *
     * @throws IllegalArgumentException for an unknown currency code or one without fraction digits defined
     */
    public static RoundingPolicy forCurrency(String currencyCode, RoundingMode mode, Stage stage) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currencyCode + " has no fraction digits defined");
        }
        return new RoundingPolicy(digits, mode, stage);
    }
}
