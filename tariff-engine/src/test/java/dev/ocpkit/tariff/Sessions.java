package dev.ocpkit.tariff;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrDimension;
import dev.ocpkit.ocpi.model.v221.ChargingPeriod;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Test data: tariffs from JSON text and CDRs built period by period from a local start time. */
final class Sessions {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId UTC = ZoneId.of("UTC");

    private final Instant start;
    private Instant cursor;
    private final List<ChargingPeriod> periods = new ArrayList<>();
    private @Nullable String currency = "EUR";
    private @Nullable String tariffId;

    private Sessions(Instant start) {
        this.start = start;
        this.cursor = start;
    }

    static Tariff tariff(String json) {
        return OcpiJson.v221().read(json, Tariff.class);
    }

    /** A tariff with the given elements JSON (the array's content), EUR, id "T". */
    static Tariff elements(String elementsJson) {
        return tariff("{\"country_code\":\"DE\",\"party_id\":\"ABC\",\"id\":\"T\",\"currency\":\"EUR\",\"elements\":["
                + elementsJson + "],\"last_updated\":\"2024-01-01T00:00:00Z\"}");
    }

    /** A session starting at a local date-time ("2024-03-04T09:30") in a zone. */
    static Sessions at(String localDateTime, ZoneId zone) {
        return new Sessions(LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
    }

    static Sessions atInstant(Instant start) {
        return new Sessions(start);
    }

    Sessions currency(@Nullable String currency) {
        this.currency = currency;
        return this;
    }

    Sessions tariffId(@Nullable String tariffId) {
        this.tariffId = tariffId;
        return this;
    }

    /** A period of the given length with the given dimensions (type, volume pairs). */
    Sessions period(Duration length, Object... dims) {
        List<CdrDimension> list = new ArrayList<>();
        for (int i = 0; i < dims.length; i += 2) {
            list.add(new CdrDimension((String) dims[i], new BigDecimal(dims[i + 1].toString())));
        }
        periods.add(new ChargingPeriod(cursor, list, tariffId));
        cursor = cursor.plus(length);
        return this;
    }

    /** A charging period: ENERGY kWh and TIME (the period's length in hours), plus other dimensions. */
    Sessions charging(Duration length, String kwh, Object... more) {
        Object[] dims = new Object[4 + more.length];
        dims[0] = "ENERGY";
        dims[1] = kwh;
        dims[2] = "TIME";
        dims[3] = hours(length);
        System.arraycopy(more, 0, dims, 4, more.length);
        return period(length, dims);
    }

    /** A parking period: PARKING_TIME (the period's length in hours). */
    Sessions parking(Duration length) {
        return period(length, "PARKING_TIME", hours(length));
    }

    /** A reservation period: RESERVATION_TIME (the period's length in hours). */
    Sessions reservation(Duration length) {
        return period(length, "RESERVATION_TIME", hours(length));
    }

    static String hours(Duration d) {
        return BigDecimal.valueOf(d.toMillis())
                .divide(BigDecimal.valueOf(3_600_000), 9, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** The CDR: ends where the last period ends; no cost fields. */
    Cdr cdr() {
        return cdrEndingAt(cursor);
    }

    Cdr cdrEndingAt(Instant end) {
        return Cdr.builder()
                .countryCode("DE")
                .partyId("ABC")
                .id("CDR1")
                .startDateTime(start)
                .endDateTime(end)
                .currency(currency)
                .chargingPeriods(periods)
                .totalEnergy(BigDecimal.ZERO)
                .totalTime(BigDecimal.ZERO)
                .lastUpdated(end)
                .build();
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
