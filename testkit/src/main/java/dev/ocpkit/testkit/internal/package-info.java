/** Implementation detail of the testkit: no javadoc promise, no compatibility promise. */
@NullMarked
package dev.ocpkit.testkit.internal;

import org.jspecify.annotations.NullMarked;
