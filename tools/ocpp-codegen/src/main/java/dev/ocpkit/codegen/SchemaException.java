package dev.ocpkit.codegen;

/** A schema the generator cannot translate faithfully. */
final class SchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SchemaException(String message) {
        super(message);
    }
}
