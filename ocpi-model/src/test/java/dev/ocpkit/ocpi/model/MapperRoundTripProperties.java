package dev.ocpkit.ocpi.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.mapping.V221V230;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Upgrading a random valid 2.2.1 object to 2.3.0 and back gives the same JSON (numbers by value), and the 2.3.0 object
 * is valid: 2.3.0 only adds to these objects, so nothing may be lost on this path.
 */
class MapperRoundTripProperties {
    record Case(Class<?> type, Function<Object, Object> up, Function<Object, Object> down) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(List.of(
                new Case(
                        dev.ocpkit.ocpi.model.v221.Location.class,
                        o -> V221V230.toV230((dev.ocpkit.ocpi.model.v221.Location) o),
                        o -> V221V230.toV221((dev.ocpkit.ocpi.model.v230.Location) o)),
                new Case(
                        dev.ocpkit.ocpi.model.v221.Session.class,
                        o -> V221V230.toV230((dev.ocpkit.ocpi.model.v221.Session) o),
                        o -> V221V230.toV221((dev.ocpkit.ocpi.model.v230.Session) o)),
                new Case(
                        dev.ocpkit.ocpi.model.v221.Cdr.class,
                        o -> V221V230.toV230((dev.ocpkit.ocpi.model.v221.Cdr) o),
                        o -> V221V230.toV221((dev.ocpkit.ocpi.model.v230.Cdr) o)),
                new Case(
                        dev.ocpkit.ocpi.model.v221.Tariff.class,
                        o -> V221V230.toV230((dev.ocpkit.ocpi.model.v221.Tariff) o),
                        o -> V221V230.toV221((dev.ocpkit.ocpi.model.v230.Tariff) o)),
                new Case(
                        dev.ocpkit.ocpi.model.v221.Token.class,
                        o -> V221V230.toV230((dev.ocpkit.ocpi.model.v221.Token) o),
                        o -> V221V230.toV221((dev.ocpkit.ocpi.model.v230.Token) o)),
                new Case(
                        dev.ocpkit.ocpi.model.v221.Credentials.class,
                        o -> V221V230.toV230((dev.ocpkit.ocpi.model.v221.Credentials) o),
                        o -> V221V230.toV221((dev.ocpkit.ocpi.model.v230.Credentials) o))));
    }

    @Property(tries = 300)
    void v221_to_v230_and_back_isLossless(@ForAll("cases") Case c, @ForAll long seed) {
        Object original = new RandomRecords(seed).next(c.type());
        if (original instanceof dev.ocpkit.ocpi.model.v221.Credentials cr) {
            // 2.3.0 has no HUB role (see V221V230.toV230(Credentials)); this property covers the other roles
            original = new dev.ocpkit.ocpi.model.v221.Credentials(
                    cr.token(),
                    cr.url(),
                    cr.roles().stream()
                            .map(r -> "HUB".equals(r.roleAsString())
                                    ? new dev.ocpkit.ocpi.model.v221.CredentialsRole(
                                            "CPO", r.businessDetails(), r.partyId(), r.countryCode())
                                    : r)
                            .toList());
        }
        Object up = c.up().apply(original);
        assertThat(OcpiValidator.errors(up)).as("the 2.3.0 object is valid").isEmpty();
        Object back = c.down().apply(up);
        assertThat(JsonEquivalence.differences(
                        OcpiJson.v221().valueToTree(original), OcpiJson.v221().valueToTree(back)))
                .isEmpty();
    }

    @Example
    void price_inclVat_becomesOneVatTax_andBack() {
        dev.ocpkit.ocpi.model.v221.Session s = new RandomRecords(7)
                .next(dev.ocpkit.ocpi.model.v221.Session.class).toBuilder()
                        .totalCost(
                                new dev.ocpkit.ocpi.model.v221.Price(new BigDecimal("10.00"), new BigDecimal("11.90")))
                        .build();
        dev.ocpkit.ocpi.model.v230.Session up = V221V230.toV230(s);
        assertThat(up.totalCost().beforeTaxes()).isEqualByComparingTo("10.00");
        assertThat(up.totalCost().taxes()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("VAT");
            assertThat(t.amount()).isEqualByComparingTo("1.90");
        });
        assertThat(V221V230.toV221(up).totalCost().inclVat()).isEqualByComparingTo("11.90");
    }

    @Example
    void tariff_getsTaxIncludedNo_andPriceLimits() {
        dev.ocpkit.ocpi.model.v221.Tariff t = new RandomRecords(11)
                .next(dev.ocpkit.ocpi.model.v221.Tariff.class).toBuilder()
                        .maxPrice(new dev.ocpkit.ocpi.model.v221.Price(new BigDecimal("20"), new BigDecimal("23.8")))
                        .build();
        dev.ocpkit.ocpi.model.v230.Tariff up = V221V230.toV230(t);
        assertThat(up.taxIncluded()).isEqualTo(dev.ocpkit.ocpi.model.v230.TaxIncluded.NO);
        assertThat(up.maxPrice().beforeTaxes()).isEqualByComparingTo("20");
        assertThat(up.maxPrice().afterTaxes()).isEqualByComparingTo("23.8");
    }
}
