package dev.ocpkit.tariff.internal;

/** The {@code reservation} restriction of an element. */
public enum ReservationKind {
    NONE,
    RESERVATION,
    RESERVATION_EXPIRES
}
