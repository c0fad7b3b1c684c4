package dev.ocpkit.ocpi.model.internal;

import dev.ocpkit.ocpi.model.OcpiParseException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into {@link OcpiParseException}s with a JSON path and a reason without values. */
public final class JsonErrors {
    private JsonErrors() {}

    /** The parse exception for {@code e}; the reason never quotes the input (it could be a secret). */
    public static OcpiParseException toParseException(JacksonException e) {
        String path = path(e.getPath());
        String reason;
        if (e instanceof StreamConstraintsException) {
            reason = "input exceeds the parser's limits: " + stripQuoted(e.getOriginalMessage());
        } else if (e instanceof NumberBounds.OutOfRangeException n) {
            reason = n.reason();
        } else if (e instanceof InvalidFormatException f) {
            reason = "invalid value for " + simpleName(f.getTargetType());
        } else if (e instanceof MismatchedInputException m) {
            reason = "wrong JSON type, expected " + expected(m.getTargetType());
        } else if (e instanceof ValueInstantiationException) {
            reason = "cannot build the object: " + stripQuoted(rootMessage(e));
        } else if (e instanceof StreamReadException) {
            reason = "malformed JSON: " + stripQuoted(e.getOriginalMessage());
        } else {
            reason = "cannot read: " + stripQuoted(e.getOriginalMessage());
        }
        return new OcpiParseException(path, reason, e);
    }

    /**
     * The parse exception for a number Jackson could not represent ({@code NumberFormatException} escapes its tree
     * building, e.g. for {@code 1e41111111111111111}); the number itself is not quoted.
     */
    public static OcpiParseException numberOutOfRange(NumberFormatException e) {
        return new OcpiParseException("$", "a number is out of range", e);
    }

    static String path(List<JacksonException.Reference> refs) {
        StringBuilder b = new StringBuilder("$");
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                b.append('.').append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.Instant.class) {
            return "a DateTime string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "this field" : type.getSimpleName();
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    /** Replaces quoted fragments of the input ('...' and "...") so that no input value is echoed. */
    static String stripQuoted(String message) {
        if (message == null) {
            return "";
        }
        String m = message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
