package dev.ocpkit.ocpp.internal.schema;

import dev.ocpkit.ocpp.InputTolerance;
import java.util.ArrayList;
import java.util.List;

/** The state of one validation run: tolerance, findings and the current JSON pointer. Not thread-safe. */
final class ValidationContext {
    /** Findings beyond this many are dropped; a hostile payload must not make us build an endless list. */
    static final int MAX_FINDINGS = 200;

    private final InputTolerance tolerance;
    private List<SchemaViolation> errors = List.of();
    private List<SchemaViolation> warnings = List.of();
    private Object[] path = new Object[16];
    private int depth;

    ValidationContext(InputTolerance tolerance) {
        this.tolerance = tolerance;
    }

    InputTolerance tolerance() {
        return tolerance;
    }

    boolean atRoot() {
        return depth == 0;
    }

    boolean full() {
        return errors.size() + warnings.size() >= MAX_FINDINGS;
    }

    void push(String name) {
        grow();
        path[depth++] = name;
    }

    void push(int index) {
        grow();
        path[depth++] = index;
    }

    void pop() {
        path[--depth] = null;
    }

    private void grow() {
        if (depth == path.length) {
            path = java.util.Arrays.copyOf(path, depth * 2);
        }
    }

    void error(ViolationKind kind, String message) {
        if (full()) {
            return;
        }
        if (errors.isEmpty()) {
            errors = new ArrayList<>(4);
        }
        errors.add(new SchemaViolation(kind, pointer(), message));
    }

    void warning(ViolationKind kind, String message) {
        if (full()) {
            return;
        }
        if (warnings.isEmpty()) {
            warnings = new ArrayList<>(4);
        }
        warnings.add(new SchemaViolation(kind, pointer(), message));
    }

    /** A deviation that is a warning when tolerated and an error otherwise. */
    void deviation(boolean tolerated, ViolationKind kind, String message) {
        if (tolerated) {
            warning(kind, message);
        } else {
            error(kind, message);
        }
    }

    ValidationResult result() {
        if (errors.isEmpty() && warnings.isEmpty()) {
            return ValidationResult.OK;
        }
        return new ValidationResult(errors, warnings);
    }

    /** The RFC 6901 JSON pointer of the current position. */
    String pointer() {
        if (depth == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(depth * 12);
        for (int i = 0; i < depth; i++) {
            b.append('/');
            Object segment = path[i];
            if (segment instanceof String s) {
                appendEscaped(b, abbreviate(s));
            } else {
                b.append(segment);
            }
        }
        return b.toString();
    }

    private static void appendEscaped(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '~') {
                b.append("~0");
            } else if (c == '/') {
                b.append("~1");
            } else {
                b.append(c);
            }
        }
    }

    /** Cuts text from the payload to a length that is safe to put into messages and logs. */
    static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 61) + "...";
    }
}
