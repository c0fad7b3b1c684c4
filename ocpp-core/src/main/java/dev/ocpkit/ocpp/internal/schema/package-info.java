/**
 * The OCPP JSON-schema runtime: a small schema DSL the generated catalogues are written in, a validator over Jackson
 * trees and the per-version catalogue of actions and schemas. Internal: no compatibility promise.
 */
@NullMarked
package dev.ocpkit.ocpp.internal.schema;

import org.jspecify.annotations.NullMarked;
