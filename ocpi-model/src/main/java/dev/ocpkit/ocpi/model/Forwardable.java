package dev.ocpkit.ocpi.model;

import tools.jackson.databind.JsonNode;

/**
 * An object read together with the JSON it came from: a hub or proxy can act on {@link #value()} and forward
 * {@link #json()} with every field, including the ones this SDK does not model.
 *
 * @param value the bound object
 * @param json the original JSON tree; do not modify it
 * @param <T> the object type
 * @since 0.1
 */
public record Forwardable<T>(T value, JsonNode json) {}
