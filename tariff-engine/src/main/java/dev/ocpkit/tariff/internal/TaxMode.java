package dev.ocpkit.tariff.internal;

/**
 * What a tariff's prices mean with respect to taxes: OCPI 2.1.1 and 2.2.1 prices exclude VAT ({@link #EXCLUDED}); an
 * OCPI 2.3.0 tariff says so in {@code tax_included}: {@code NO} ({@link #EXCLUDED}), {@code YES} ({@link #INCLUDED}),
 * {@code N/A} ({@link #NONE}).
 */
public enum TaxMode {
    /** Prices exclude VAT; a component's {@code vat} is added on top. */
    EXCLUDED,
    /** Prices include VAT; the amount before taxes is {@code amount * 100 / (100 + vat)}. */
    INCLUDED,
    /** No taxes apply: the amount after taxes equals the amount before taxes, whatever {@code vat} says. */
    NONE
}
