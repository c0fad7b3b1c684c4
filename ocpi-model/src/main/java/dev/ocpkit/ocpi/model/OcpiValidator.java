package dev.ocpkit.ocpi.model;

import dev.ocpkit.ocpi.model.Violation.Kind;
import dev.ocpkit.ocpi.model.Violation.Severity;
import dev.ocpkit.ocpi.model.spec.CiString;
import dev.ocpkit.ocpi.model.spec.EnumValue;
import dev.ocpkit.ocpi.model.spec.MaxLength;
import dev.ocpkit.ocpi.model.spec.PatchOf;
import dev.ocpkit.ocpi.model.spec.Required;
import dev.ocpkit.ocpi.model.spec.Secret;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks OCPI objects against the constraints of their specification, as a step separate from parsing: every
 * missing required field, empty {@code +} list, too long string(n) or CiString(n), non-ASCII CiString, value outside
 * an enumeration and {@code null} list element, each with its JSON path. A host can then accept with warnings or
 * reject with status 2001.
 *
 * <p>Works on every record of {@code dev.ocpkit.ocpi.model.v211}, {@code .v221} and {@code .v230}, on their
 * {@code ...Patch} bodies (only present fields are checked; a required field may not be cleared with {@code null};
 * {@code last_updated} must be present from OCPI 2.2 on), on lists of them and on {@link OcpiEnvelope}s. Values of secret fields never
 * appear in messages.
 *
 * <p>Stateless and thread-safe; the per-class metadata is computed once.
 *
 * @since 0.1
 */
public final class OcpiValidator {
    private OcpiValidator() {}

    private record Component(
            String json,
            Method accessor,
            boolean required,
            boolean nonEmpty,
            int maxLength,
            boolean ciString,
            @Nullable Set<String> enumValues,
            boolean openEnum,
            String enumName,
            boolean secret) {}

    private record Meta(List<Component> components, boolean patch, boolean hasLastUpdated) {}

    private static final ClassValue<Meta> META = new ClassValue<>() {
        @Override
        protected Meta computeValue(Class<?> type) {
            List<Component> list = new ArrayList<>();
            boolean lastUpdated = false;
            for (RecordComponent rc : type.getRecordComponents()) {
                // @JsonProperty does not target record components: javac puts it on the accessor
                com.fasterxml.jackson.annotation.JsonProperty jp =
                        rc.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                String json = jp != null ? jp.value() : rc.getName();
                lastUpdated |= json.equals("last_updated");
                Required req = rc.getAnnotation(Required.class);
                MaxLength ml = rc.getAnnotation(MaxLength.class);
                CiString ci = rc.getAnnotation(CiString.class);
                EnumValue ev = rc.getAnnotation(EnumValue.class);
                Set<String> values = null;
                String enumName = "";
                if (ev != null) {
                    values = new HashSet<>();
                    for (OcpiEnum c : ev.value().getEnumConstants()) {
                        if (c.value() != null) {
                            values.add(c.value());
                        }
                    }
                    enumName = ev.value().getSimpleName();
                }
                Method accessor = rc.getAccessor();
                accessor.setAccessible(true);
                list.add(new Component(
                        json,
                        accessor,
                        req != null,
                        req != null && req.nonEmpty(),
                        ci != null ? ci.value() : ml != null ? ml.value() : -1,
                        ci != null,
                        values,
                        ev != null && ev.open(),
                        enumName,
                        rc.isAnnotationPresent(Secret.class)));
            }
            // OCPI 2.1.1 does not require last_updated in a PATCH body; 2.2 and later do
            boolean needsLastUpdated = lastUpdated && !type.getPackageName().endsWith(".v211");
            return new Meta(List.copyOf(list), type.isAnnotationPresent(PatchOf.class), needsLastUpdated);
        }
    };

    /**
     * Every violation in {@code value} (a model record, a PATCH body, a list of them or an envelope), errors and
     * warnings, in document order.
     */
    public static List<Violation> validate(Object value) {
        List<Violation> out = new ArrayList<>();
        walk(value, "$", out);
        return out;
    }

    /** Only the {@link Severity#ERROR} violations of {@link #validate}. */
    public static List<Violation> errors(Object value) {
        return validate(value).stream()
                .filter(v -> v.severity() == Severity.ERROR)
                .toList();
    }

    /**
     * Throws when {@code value} has any error.
     *
     * @throws OcpiValidationException with every error
     */
    public static void requireValid(Object value) {
        List<Violation> errors = errors(value);
        if (!errors.isEmpty()) {
            throw new OcpiValidationException(errors);
        }
    }

    private static void walk(@Nullable Object value, String path, List<Violation> out) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                if (e == null) {
                    out.add(new Violation(path + "[" + i + "]", Kind.NULL_ELEMENT, Severity.ERROR, "null element"));
                } else {
                    walk(e, path + "[" + i + "]", out);
                }
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), out);
            }
            return;
        }
        if (!(value instanceof Record)) {
            return;
        }
        Meta meta = META.get(value.getClass());
        for (Component c : meta.components()) {
            Object v = get(c, value);
            String p = path + "." + c.json();
            if (meta.patch()) {
                PatchValue<?> pv = (PatchValue<?>) v;
                if (pv == null || pv.isAbsent()) {
                    if (c.json().equals("last_updated") && meta.hasLastUpdated()) {
                        out.add(new Violation(
                                p, Kind.PATCH_REQUIRED, Severity.ERROR, "every PATCH must contain last_updated"));
                    }
                    continue;
                }
                if (pv.isNull()) {
                    if (c.required()) {
                        out.add(new Violation(p, Kind.REQUIRED, Severity.ERROR, "required field cannot be cleared"));
                    }
                    continue;
                }
                checkValue(c, pv.value(), p, out);
            } else {
                checkValue(c, v, p, out);
            }
        }
    }

    private static void checkValue(Component c, @Nullable Object v, String p, List<Violation> out) {
        if (v == null) {
            if (c.required()) {
                out.add(new Violation(p, Kind.REQUIRED, Severity.ERROR, "required field is missing"));
            }
            return;
        }
        if (v instanceof List<?> list) {
            if (c.nonEmpty() && list.isEmpty()) {
                out.add(new Violation(p, Kind.EMPTY_LIST, Severity.ERROR, "needs at least one element"));
            }
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                String ep = p + "[" + i + "]";
                if (e == null) {
                    out.add(new Violation(ep, Kind.NULL_ELEMENT, Severity.ERROR, "null element"));
                } else if (e instanceof String s) {
                    checkString(c, s, ep, out);
                } else {
                    walk(e, ep, out);
                }
            }
            return;
        }
        if (v instanceof String s) {
            checkString(c, s, p, out);
        } else {
            walk(v, p, out);
        }
    }

    private static void checkString(Component c, String s, String p, List<Violation> out) {
        if (c.maxLength() >= 0 && s.length() > c.maxLength()) {
            out.add(new Violation(
                    p,
                    Kind.TOO_LONG,
                    Severity.ERROR,
                    (c.ciString() ? "CiString(" : "string(") + c.maxLength() + ") but " + s.length() + " characters"));
        }
        if (c.ciString()) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch < 0x20 || ch > 0x7E) {
                    out.add(new Violation(
                            p,
                            Kind.NOT_ASCII,
                            Severity.ERROR,
                            "CiString allows printable ASCII only; character " + (i + 1) + " is not"));
                    break;
                }
            }
        }
        Set<String> values = c.enumValues();
        if (values != null && !values.contains(s)) {
            String shown = c.secret() ? "<redacted>" : "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
            if (c.openEnum()) {
                out.add(new Violation(
                        p, Kind.ENUM_VALUE, Severity.WARNING, shown + " is not a known " + c.enumName() + " value"));
            } else {
                out.add(new Violation(p, Kind.ENUM_VALUE, Severity.ERROR, shown + " is not a " + c.enumName()));
            }
        }
    }

    private static @Nullable Object get(Component c, Object record) {
        try {
            return c.accessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
