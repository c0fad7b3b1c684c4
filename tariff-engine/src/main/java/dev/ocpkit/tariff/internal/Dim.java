package dev.ocpkit.tariff.internal;

/** A tariff dimension as the pricer sees it. */
public enum Dim {
    FLAT,
    ENERGY,
    TIME,
    PARKING_TIME
}
