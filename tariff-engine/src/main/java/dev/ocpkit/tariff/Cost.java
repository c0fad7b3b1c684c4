package dev.ocpkit.tariff;

import dev.ocpkit.ocpi.model.v221.Price;
import dev.ocpkit.ocpi.model.v230.TaxAmount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money excluding and including VAT, in the tariff's currency.
 *
 * @param exclVat the amount excluding VAT; never {@code null}
 * @param inclVat the amount including VAT; {@code null} only when it cannot be known (see {@link
 *     PricingOptions.OmittedVat#UNKNOWN})
 * @see <a href="https://github.com/ocpi/ocpi/blob/release-2.2.1-bugfixes/types.asciidoc#types_price_class">OCPI 2.2.1,
 *     Price</a>
 * @since 0.1
 */
public record Cost(BigDecimal exclVat, @Nullable BigDecimal inclVat) {
    /** Zero, excluding and including VAT. */
    public static final Cost ZERO = new Cost(BigDecimal.ZERO, BigDecimal.ZERO);

    /** Checks that {@code exclVat} is present. */
    public Cost {
        Objects.requireNonNull(exclVat, "exclVat");
    }

    /** This amount as an OCPI 2.2.1 {@link Price}. */
    public Price toPrice() {
        return new Price(exclVat, inclVat);
    }

    /**
     * This amount as an OCPI 2.3.0 {@link dev.ocpkit.ocpi.model.v230.Price}: {@code before_taxes} is
     * {@link #exclVat()}; {@code taxes} holds one {@code VAT} amount, the difference to {@link #inclVat()}, when that
     * is known and not zero (no percentage: a total can mix rates), else it is empty.
     *
     * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/types.asciidoc#types_price_class">OCPI 2.3.0, Price</a>
     */
    public dev.ocpkit.ocpi.model.v230.Price toV230Price() {
        if (inclVat == null || inclVat.compareTo(exclVat) == 0) {
            return new dev.ocpkit.ocpi.model.v230.Price(exclVat, List.of());
        }
        return new dev.ocpkit.ocpi.model.v230.Price(
                exclVat, List.of(new TaxAmount("VAT", null, null, inclVat.subtract(exclVat))));
    }

    /** Whether both amounts are numerically equal to the other's ({@code compareTo}, so {@code 1.0} equals {@code 1.00}). */
    public boolean sameAmountAs(Cost other) {
        if (exclVat.compareTo(other.exclVat) != 0) {
            return false;
        }
        if (inclVat == null || other.inclVat == null) {
            return inclVat == null && other.inclVat == null;
        }
        return inclVat.compareTo(other.inclVat) == 0;
    }

    @Override
    public String toString() {
        return exclVat.toPlainString() + " excl. VAT / " + (inclVat == null ? "unknown" : inclVat.toPlainString())
                + " incl. VAT";
    }
}
