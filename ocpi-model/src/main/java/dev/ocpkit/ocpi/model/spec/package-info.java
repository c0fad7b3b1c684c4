/**
 * Annotations that carry the OCPI specification's constraints on record components (cardinality, string
 * lengths, CiString, enumerations). {@code OcpiValidator} reads them; parsing never enforces them.
 */
@NullMarked
package dev.ocpkit.ocpi.model.spec;

import org.jspecify.annotations.NullMarked;
