/**
 * Fakes of every OCPP and OCPI party for host test suites: a charging station simulator, a fake CSMS, fake CPO,
 * eMSP and hub. Not for production.
 */
@NullMarked
package dev.ocpkit.testkit;

import org.jspecify.annotations.NullMarked;
