/** Implementation of the OCPI client; no compatibility promise. */
@NullMarked
package dev.ocpkit.ocpi.client.internal;

import org.jspecify.annotations.NullMarked;
