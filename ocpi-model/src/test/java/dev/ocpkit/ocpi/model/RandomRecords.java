package dev.ocpkit.ocpi.model;

import dev.ocpkit.ocpi.model.spec.CiString;
import dev.ocpkit.ocpi.model.spec.EnumValue;
import dev.ocpkit.ocpi.model.spec.MaxLength;
import dev.ocpkit.ocpi.model.spec.Required;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds random, valid instances of any model record from its annotations: required fields always set, optional
 * ones sometimes; strings within their length (printable ASCII for CiString); enum fields from their enumeration;
 * lists of 0-3 elements (1-3 for {@code +}); numbers with 0-4 decimals; instants in this century.
 */
final class RandomRecords {
    private final Random random;

    RandomRecords(long seed) {
        this.random = new Random(seed);
    }

    <T> T next(Class<T> type) {
        return type.cast(record(type, 0));
    }

    private Object record(Class<?> type, int depth) {
        RecordComponent[] rcs = type.getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            types[i] = rc.getType();
            Required req = rc.getAnnotation(Required.class);
            boolean list = List.class.isAssignableFrom(rc.getType());
            if (list) {
                Class<?> element = elementType(rc.getGenericType());
                int min = req != null && req.nonEmpty() ? 1 : 0;
                int max = depth > 3 ? min : 3;
                int n = min + random.nextInt(max - min + 1);
                List<Object> values = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    values.add(value(rc, element, depth));
                }
                args[i] = values;
            } else if (req != null || (depth <= 3 && random.nextInt(3) > 0)) {
                args[i] = value(rc, rc.getType(), depth);
            }
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }

    private Object value(RecordComponent rc, Class<?> type, int depth) {
        EnumValue ev = rc.getAnnotation(EnumValue.class);
        if (ev != null) {
            List<String> values = new ArrayList<>();
            for (OcpiEnum e : ev.value().getEnumConstants()) {
                if (e.value() != null) {
                    values.add(e.value());
                }
            }
            return values.get(random.nextInt(values.size()));
        }
        if (type == String.class) {
            CiString ci = rc.getAnnotation(CiString.class);
            MaxLength ml = rc.getAnnotation(MaxLength.class);
            int max = ci != null ? ci.value() : ml != null ? ml.value() : 40;
            return string(1 + random.nextInt(Math.min(max, 24)), ci == null);
        }
        if (type == Integer.class) {
            return random.nextInt(100_000);
        }
        if (type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(BigInteger.valueOf(random.nextInt(10_000_000)), random.nextInt(5));
        }
        if (type == Instant.class) {
            long seconds = 946_684_800L + (long) (random.nextDouble() * 3_155_760_000L);
            return Instant.ofEpochSecond(seconds, random.nextBoolean() ? 0 : random.nextInt(1000) * 1_000_000L);
        }
        if (type.isRecord()) {
            return record(type, depth + 1);
        }
        throw new IllegalStateException("no generator for " + type + " in " + rc);
    }

    private String string(int length, boolean unicode) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (unicode && random.nextInt(8) == 0) {
                String special = "äé€日\"\\/";
                b.append(special.charAt(random.nextInt(special.length())));
            } else {
                b.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return b.toString();
    }

    private static Class<?> elementType(Type generic) {
        Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
        if (arg instanceof Class<?> c) {
            return c;
        }
        if (arg instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported list type " + generic);
    }
}
