/** The {@code ocpkit ocpi ...} commands. */
@NullMarked
package dev.ocpkit.examples.ocpi;

import org.jspecify.annotations.NullMarked;
