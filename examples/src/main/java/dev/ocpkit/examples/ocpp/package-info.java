/** The {@code ocpkit csms} and {@code ocpkit station} commands. */
@NullMarked
package dev.ocpkit.examples.ocpp;

import org.jspecify.annotations.NullMarked;
