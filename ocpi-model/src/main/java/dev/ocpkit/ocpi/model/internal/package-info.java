/** Implementation details of the OCPI model; not API. */
@NullMarked
package dev.ocpkit.ocpi.model.internal;

import org.jspecify.annotations.NullMarked;
