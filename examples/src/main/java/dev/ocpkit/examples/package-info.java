/** The runnable {@code ocpkit} command line and the examples it is made of. */
@NullMarked
package dev.ocpkit.examples;

import org.jspecify.annotations.NullMarked;
