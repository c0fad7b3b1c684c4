/**
 * Command-line option parsing shared by the load harnesses of the benchmarks module ({@code --help} and unknown
 * options handled alike everywhere). Not published.
 */
@NullMarked
package dev.ocpkit.benchmarks.cli;

import org.jspecify.annotations.NullMarked;
