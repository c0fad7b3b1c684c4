/**
 * Conversions between the OCPI versions: {@link dev.ocpkit.ocpi.model.mapping.V211V221} (2.1.1 and 2.2.1) and
 * {@link dev.ocpkit.ocpi.model.mapping.V221V230} (2.2.1 and 2.3.0) for Location, Session, CDR, Tariff, Token and
 * Credentials. What a conversion cannot carry is listed on each method.
 */
@NullMarked
package dev.ocpkit.ocpi.model.mapping;

import org.jspecify.annotations.NullMarked;
