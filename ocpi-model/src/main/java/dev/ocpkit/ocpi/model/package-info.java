/**
 * OCPI types shared by every protocol version: versions, status codes, the JSON entry point, validation.
 *
 * <p>Each OCPI version has its own package of records: {@code dev.ocpkit.ocpi.model.v211}, {@code .v221} and
 * {@code .v230}.
 */
@NullMarked
package dev.ocpkit.ocpi.model;

import org.jspecify.annotations.NullMarked;
