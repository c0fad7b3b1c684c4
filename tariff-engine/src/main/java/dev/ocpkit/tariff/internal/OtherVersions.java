package dev.ocpkit.tariff.internal;

import dev.ocpkit.ocpi.model.mapping.V211V221;
import dev.ocpkit.ocpi.model.mapping.V221V230;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v230.TaxIncluded;
import dev.ocpkit.tariff.TariffException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads OCPI 2.1.1 and 2.3.0 tariffs and CDRs into the engine's neutral form, through the 2.2.1 model where the
 * versions agree (the committed mappers {@link V211V221} and {@link V221V230}) and with the differences made explicit:
 * 2.1.1 prices exclude VAT and step_size applies per period; a 2.3.0 tariff's {@code tax_included} decides whether
 * prices include taxes.
 */
public final class OtherVersions {
    /** Placeholder owner: 2.1.1 objects have none, and the converted objects never leave the engine. */
    private static final String COUNTRY = "ZZ";

    private static final String PARTY = "ZZZ";

    public static final String NOTE_211 = "OCPI 2.1.1: prices exclude VAT and the VAT is not known (total_cost excl."
            + " VAT only); step_size bills each charging period's volume in blocks of its component's step"
            + " (PriceComponent.step_size, 2.1.1); no price limits, reservations or validity dates";

    private OtherVersions() {}

    /** A 2.1.1 tariff as 2.2.1 (no owner, no VAT, no limits). */
    public static Tariff tariff(dev.ocpkit.ocpi.model.v211.Tariff t) {
        return V211V221.toV221(Objects.requireNonNull(t, "tariff"), COUNTRY, PARTY);
    }

    /** A 2.1.1 tariff in neutral form. */
    public static NTariff neutral(Tariff converted211) {
        return V221.convert(converted211).with(TaxMode.EXCLUDED, NOTE_211);
    }

    /**
     * A 2.1.1 CDR as 2.2.1. {@code FLAT} dimensions (2.1.1 lists them among the CDR dimensions; 2.2.1 does not) are
     * dropped: the tariff's FLAT components price the session.
     */
    public static Cdr cdr(dev.ocpkit.ocpi.model.v211.Cdr cdr) {
        Objects.requireNonNull(cdr, "cdr");
        List<dev.ocpkit.ocpi.model.v211.ChargingPeriod> periods =
                new ArrayList<>(cdr.chargingPeriods().size());
        for (dev.ocpkit.ocpi.model.v211.ChargingPeriod p : cdr.chargingPeriods()) {
            if (p == null) {
                periods.add(null);
                continue;
            }
            List<dev.ocpkit.ocpi.model.v211.CdrDimension> dims =
                    new ArrayList<>(p.dimensions().size());
            for (dev.ocpkit.ocpi.model.v211.CdrDimension d : p.dimensions()) {
                if (d == null || !"FLAT".equals(d.typeAsString())) {
                    dims.add(d);
                }
            }
            periods.add(new dev.ocpkit.ocpi.model.v211.ChargingPeriod(p.startDateTime(), dims));
        }
        return V211V221.toV221(cdr.toBuilder().chargingPeriods(periods).build(), COUNTRY, PARTY);
    }

    /** A 2.3.0 tariff as 2.2.1 ({@code tax_included} is lost there; {@link #neutral(dev.ocpkit.ocpi.model.v230.Tariff, Tariff)} keeps it). */
    public static Tariff tariff(dev.ocpkit.ocpi.model.v230.Tariff t) {
        return V221V230.toV221(Objects.requireNonNull(t, "tariff"));
    }

    /** A 2.3.0 tariff in neutral form, with its {@code tax_included}. */
    public static NTariff neutral(dev.ocpkit.ocpi.model.v230.Tariff original, Tariff converted) {
        NTariff n = V221.convert(converted);
        String raw = original.taxIncludedAsString();
        if (raw == null) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF,
                    "tariff " + n.label() + " has no tax_included (required in OCPI 2.3.0): whether its prices include"
                            + " taxes is unknown");
        }
        TaxIncluded ti = TaxIncluded.fromValue(raw);
        if (ti == null || ti == TaxIncluded.UNRECOGNIZED) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF,
                    "tariff " + n.label() + " has the unknown tax_included \"" + raw + "\"");
        }
        return switch (ti) {
            case YES -> n.with(
                    TaxMode.INCLUDED,
                    "tariff " + n.label() + " has tax_included YES: prices include taxes; the amount before taxes of a"
                            + " line is its amount x 100 / (100 + vat)");
            case N_A -> n.with(
                    TaxMode.NONE,
                    "tariff " + n.label() + " has tax_included N/A: no taxes apply, amounts after taxes equal amounts"
                            + " before taxes");
            default -> n.with(
                    TaxMode.EXCLUDED,
                    "tariff " + n.label() + " has tax_included NO: taxes (vat) are added on top of its prices");
        };
    }

    /** A 2.3.0 CDR as 2.2.1 (only {@code booking_id} and tax details of the totals are lost, neither used). */
    public static Cdr cdr(dev.ocpkit.ocpi.model.v230.Cdr cdr) {
        return V221V230.toV221(Objects.requireNonNull(cdr, "cdr"));
    }
}
