package dev.ocpkit.tariff;

import dev.ocpkit.ocpi.model.v221.Tariff;

/**
 * Tariffs written for the tests with the prices of the OCPI 2.2.1 Tariffs module's examples (our own JSON, so these
 * tests run without the official example files).
 */
final class SpecTariffs {
    private SpecTariffs() {}

    /** Free for 30 minutes, 0.25 per kWh until 60 minutes, 0.40 after; VAT 20%. */
    static Tariff maxDuration() {
        return Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0,\"vat\":20,\"step_size\":1}],"
                + "\"restrictions\":{\"max_duration\":1800}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"vat\":20,\"step_size\":1}],"
                + "\"restrictions\":{\"max_duration\":3600}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.40,\"vat\":20,\"step_size\":1}]}");
    }

    /** 0.20 per kWh below 16 kW, 0.35 below 32 kW, 0.50 otherwise; VAT 20%. */
    static Tariff maxPower() {
        return Sessions.elements(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"vat\":20,\"step_size\":1}],"
                        + "\"restrictions\":{\"max_power\":16}},"
                        + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.35,\"vat\":20,\"step_size\":1}],"
                        + "\"restrictions\":{\"max_power\":32}},"
                        + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.50,\"vat\":20,\"step_size\":1}]}");
    }

    /** 3 per hour charging (10%, per minute), 5 per hour parking (20%, per 5 minutes). */
    static Tariff threeAndFiveParking() {
        return Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":3,\"vat\":10,\"step_size\":60},"
                + "{\"type\":\"PARKING_TIME\",\"price\":5,\"vat\":20,\"step_size\":300}]}");
    }

    /** The complex example: start fee, time by current and weekday, parking on weekdays and Saturdays. */
    static Tariff complex() {
        return Sessions.elements(
                "{\"price_components\":[{\"type\":\"FLAT\",\"price\":2.50,\"vat\":15,\"step_size\":1}]},"
                        + "{\"price_components\":[{\"type\":\"TIME\",\"price\":1.00,\"vat\":20,\"step_size\":900}],"
                        + "\"restrictions\":{\"max_current\":32}},"
                        + "{\"price_components\":[{\"type\":\"TIME\",\"price\":2.00,\"vat\":20,\"step_size\":600}],"
                        + "\"restrictions\":{\"min_current\":32,\"day_of_week\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]}},"
                        + "{\"price_components\":[{\"type\":\"TIME\",\"price\":1.25,\"vat\":20,\"step_size\":600}],"
                        + "\"restrictions\":{\"min_current\":32,\"day_of_week\":[\"SATURDAY\",\"SUNDAY\"]}},"
                        + "{\"price_components\":[{\"type\":\"PARKING_TIME\",\"price\":5,\"vat\":10,\"step_size\":300}],"
                        + "\"restrictions\":{\"start_time\":\"09:00\",\"end_time\":\"18:00\","
                        + "\"day_of_week\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]}},"
                        + "{\"price_components\":[{\"type\":\"PARKING_TIME\",\"price\":6,\"vat\":10,\"step_size\":300}],"
                        + "\"restrictions\":{\"start_time\":\"10:00\",\"end_time\":\"17:00\",\"day_of_week\":[\"SATURDAY\"]}}");
    }

    /** Reservation 2 per hour per 10 minutes, 4 fee when it expires; start fee 0.50 and 0.25 per kWh. */
    static Tariff reservationWithExpireFee() {
        return Sessions.elements("{\"price_components\":[{\"type\":\"FLAT\",\"price\":4,\"vat\":20,\"step_size\":1}],"
                + "\"restrictions\":{\"reservation\":\"RESERVATION_EXPIRES\"}},"
                + "{\"price_components\":[{\"type\":\"TIME\",\"price\":2,\"vat\":20,\"step_size\":600}],"
                + "\"restrictions\":{\"reservation\":\"RESERVATION\"}},"
                + "{\"price_components\":[{\"type\":\"FLAT\",\"price\":0.5,\"vat\":20,\"step_size\":1},"
                + "{\"type\":\"ENERGY\",\"price\":0.25,\"vat\":10,\"step_size\":1}]}");
    }
}
