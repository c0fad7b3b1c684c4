package dev.ocpkit.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Java identifiers from schema names. */
final class Names {
    private Names() {}

    static final Set<String> JAVA_RESERVED = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "var",
            "record",
            "yield",
            "sealed",
            "permits",
            "_",
            // not allowed as record component names
            "clone",
            "finalize",
            "getClass",
            "hashCode",
            "notify",
            "notifyAll",
            "toString",
            "wait");

    /** Constant names the splitting rule would make unreadable. */
    private static final Map<String, String> CONSTANT_OVERRIDES = Map.of("SoC", "SOC");

    /**
     * {@code UPPER_SNAKE} for an enum value or action name: {@code Energy.Active.Import.Register} becomes
     * {@code ENERGY_ACTIVE_IMPORT_REGISTER}, {@code L1-N} {@code L1_N}, {@code Get15118EVCertificate}
     * {@code GET_15118EV_CERTIFICATE}, {@code kWh} {@code K_WH}.
     */
    static String constant(String value) {
        String override = CONSTANT_OVERRIDES.get(value);
        if (override != null) {
            return override;
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, word);
                continue;
            }
            if (word.length() > 0) {
                char prev = value.charAt(i - 1);
                boolean nextLower = i + 1 < n && Character.isLowerCase(value.charAt(i + 1));
                boolean boundary = (Character.isLowerCase(prev) && Character.isUpperCase(c))
                        || (Character.isUpperCase(prev) && Character.isUpperCase(c) && nextLower)
                        || (Character.isDigit(prev) && Character.isUpperCase(c) && nextLower)
                        || (Character.isLowerCase(prev) && Character.isDigit(c) && word.length() > 1);
                if (boundary) {
                    flush(words, word);
                }
            }
            word.append(c);
        }
        flush(words, word);
        String joined = String.join("_", words).toUpperCase(Locale.ROOT);
        if (joined.isEmpty()) {
            return "EMPTY";
        }
        return Character.isDigit(joined.charAt(0)) ? "V_" + joined : joined;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** A component / method name for a JSON property name. */
    static String member(String jsonName) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < jsonName.length(); i++) {
            char c = jsonName.charAt(i);
            if (b.length() == 0 ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
                b.append(c);
            } else {
                b.append('_');
            }
        }
        String s = b.length() == 0 ? "value" : b.toString();
        if (Character.isUpperCase(s.charAt(0)) && (s.length() == 1 || !Character.isUpperCase(s.charAt(1)))) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return JAVA_RESERVED.contains(s) ? s + "_" : s;
    }

    /** {@code fooBar} to {@code FooBar}. */
    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code FooBar} to {@code fooBar} ({@code EVSE} to {@code evse}). */
    static String lowerFirst(String s) {
        int upper = 0;
        while (upper < s.length() && Character.isUpperCase(s.charAt(upper))) {
            upper++;
        }
        if (upper <= 1) {
            return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        int cut = upper == s.length() ? upper : upper - 1;
        return s.substring(0, cut).toLowerCase(Locale.ROOT) + s.substring(cut);
    }

    /** The Java name of a definition without {@code javaType}: {@code FirmwareType} becomes {@code Firmware}. */
    static String fromDefinition(String definition) {
        return definition.endsWith("Type") && definition.length() > 4
                ? definition.substring(0, definition.length() - 4)
                : definition;
    }
}
