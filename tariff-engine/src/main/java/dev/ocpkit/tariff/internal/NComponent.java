package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A price component: element and component index (0-based), dimension, price per unit excl. VAT, VAT percentage
 * ({@code null} when omitted) and step size in the dimension's step unit (0: no rounding).
 *
 * <p>Also holds two exact products the pricer needs for every line, made once per component, on its first use: the cost
 * of one step unit in the pricer's x3600 money ({@link #costPerUnitX()}) and the factor that adds the VAT ({@link
 * #vatFactor()}). Equality is that of the six fields (the products follow from them). Immutable in what it shows;
 * thread-safe (the products are published together in one immutable object; two threads may both make them).
 */
public final class NComponent {
    private final int element;
    private final int component;
    private final Dim dim;
    private final BigDecimal price;
    private final @Nullable BigDecimal vat;
    private final long step;
    private @Nullable Products products;

    /** The products, made together; final fields, so a racy read sees both or neither. */
    private static final class Products {
        final BigDecimal costPerUnitX;
        final @Nullable BigDecimal vatFactor;

        Products(Dim dim, BigDecimal price, @Nullable BigDecimal vat) {
            this.costPerUnitX = switch (dim) {
                case FLAT -> price.multiply(Money.B3600); // one session (or activation) at the price
                case ENERGY -> price.multiply(Money.B3_6); // per Wh: price per kWh x 3600 / 1000
                case TIME, PARKING_TIME -> price; // per second: price per hour x 3600 / 3600
            };
            this.vatFactor = vat == null ? null : Money.HUNDRED.add(vat).movePointLeft(2);
        }
    }

    public NComponent(int element, int component, Dim dim, BigDecimal price, @Nullable BigDecimal vat, long step) {
        this.element = element;
        this.component = component;
        this.dim = Objects.requireNonNull(dim, "dim");
        this.price = Objects.requireNonNull(price, "price");
        this.vat = vat;
        this.step = step;
    }

    private Products products() {
        Products p = products;
        if (p == null) {
            p = new Products(dim, price, vat);
            products = p;
        }
        return p;
    }

    public int element() {
        return element;
    }

    public int component() {
        return component;
    }

    public Dim dim() {
        return dim;
    }

    public BigDecimal price() {
        return price;
    }

    public @Nullable BigDecimal vat() {
        return vat;
    }

    public long step() {
        return step;
    }

    /**
     * The cost, x3600, of one unit of the step unit (Wh, second; for FLAT the whole fee): {@code price x 3.6} for
     * ENERGY, {@code price} for TIME and PARKING_TIME, {@code price x 3600} for FLAT. Exact; multiplying it by a
     * quantity gives the same digits and scale as multiplying the price by the quantity and then by the factor.
     */
    BigDecimal costPerUnitX() {
        return products().costPerUnitX;
    }

    /** {@code (100 + vat) / 100}, exact; {@code null} when the component has no VAT. */
    @Nullable
    BigDecimal vatFactor() {
        return products().vatFactor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NComponent c
                && element == c.element
                && component == c.component
                && step == c.step
                && dim == c.dim
                && price.equals(c.price)
                && Objects.equals(vat, c.vat);
    }

    @Override
    public int hashCode() {
        return Objects.hash(element, component, dim, price, vat, step);
    }

    @Override
    public String toString() {
        return "NComponent[element=" + element + ", component=" + component + ", dim=" + dim + ", price=" + price
                + ", vat=" + vat + ", step=" + step + "]";
    }
}
