/** JMH benchmarks of the OCPI model's JSON binding. */
package dev.ocpkit.benchmarks.ocpimodel;
