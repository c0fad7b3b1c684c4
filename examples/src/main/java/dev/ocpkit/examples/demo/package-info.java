/** {@code ocpkit demo}: CPO in a box, every ocpkit module in one loopback scenario. */
@NullMarked
package dev.ocpkit.examples.demo;

import org.jspecify.annotations.NullMarked;
