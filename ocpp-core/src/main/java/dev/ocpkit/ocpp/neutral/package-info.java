/**
 * One API for the common OCPP jobs, whatever the station's version (1.6, 2.0.1 or 2.1).
 *
 * <p>CSMS side: implement {@link dev.ocpkit.ocpp.neutral.CsmsHandler} and serve every version with
 * {@link dev.ocpkit.ocpp.neutral.NeutralCsms#handlers}; send commands with
 * {@link dev.ocpkit.ocpp.neutral.StationCommands#of}. Station side: answer commands with a
 * {@link dev.ocpkit.ocpp.neutral.StationCommandHandler} through {@link dev.ocpkit.ocpp.neutral.NeutralStation#handlers},
 * and report with {@link dev.ocpkit.ocpp.neutral.StationCalls} (transaction messages through the durable queue).
 *
 * <p>The value types ({@link dev.ocpkit.ocpp.neutral.TransactionStarted}, {@link dev.ocpkit.ocpp.neutral.StatusEvent},
 * ...) are the union of what the versions carry; each documents how it maps to each version and the fallback where
 * a version lacks a value. The version-specific typed API ({@code dev.ocpkit.ocpp.v16}, {@code .v201},
 * {@code .v21}) stays available for everything else, alongside.
 */
@NullMarked
package dev.ocpkit.ocpp.neutral;

import org.jspecify.annotations.NullMarked;
