/** CSMS server logic shared by every transport. Internal: no compatibility promise. */
@NullMarked
package dev.ocpkit.ocpp.internal.server;

import org.jspecify.annotations.NullMarked;
