package dev.ocpkit.benchmarks.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of a load harness: {@code --key value}, {@code --key=value} or a bare {@code --flag} (value
 * {@code "true"}). {@code --help} (or {@code -h}) prints the usage and exits with status 0; an unknown option or a
 * stray argument prints the usage to standard error and exits with status 2, so that a mistyped option never starts a
 * run of several minutes with the defaults.
 *
 * <p>Immutable, thread-safe.
 *
 * @since 0.1
 */
public final class Options {
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Parses {@code args}, or prints {@code usage} and exits (see the class comment).
     *
     * @param args the arguments of {@code main}
     * @param usage the text printed for {@code --help} and on errors
     * @param known the option names (without {@code --}) the harness accepts
     * @return the options given
     */
    public static Options parse(String[] args, String usage, Set<String> known) {
        try {
            Map<String, String> out = parse(args, known);
            if (out == null) {
                System.out.println(usage);
                System.exit(0);
            }
            return new Options(out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(2);
            throw e; // not reached
        }
    }

    /**
     * Parses {@code args} without exiting.
     *
     * @param args the arguments
     * @param known the option names accepted
     * @return the options, or {@code null} when help was asked for
     * @throws IllegalArgumentException on an unknown option or a stray argument
     */
    static @org.jspecify.annotations.Nullable Map<String, String> parse(String[] args, Set<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return null;
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                value = "true";
            }
            if (!known.contains(key)) {
                throw new IllegalArgumentException(
                        "unknown option --" + key + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
            out.put(key, value);
        }
        return out;
    }

    /**
     * The value of an option.
     *
     * @param key the option name without {@code --}
     * @param fallback returned when the option was not given
     * @return the value given, or {@code fallback}
     */
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /**
     * An integer option.
     *
     * @param key the option name without {@code --}
     * @param fallback returned when the option was not given
     * @return the value given, or {@code fallback}
     * @throws NumberFormatException when the value is not an integer
     */
    public int getInt(String key, int fallback) {
        String v = values.get(key);
        return v == null ? fallback : Integer.parseInt(v.replace("_", ""));
    }

    /**
     * A long option.
     *
     * @param key the option name without {@code --}
     * @param fallback returned when the option was not given
     * @return the value given, or {@code fallback}
     * @throws NumberFormatException when the value is not an integer
     */
    public long getLong(String key, long fallback) {
        String v = values.get(key);
        return v == null ? fallback : Long.parseLong(v.replace("_", ""));
    }

    /**
     * Whether an option was given at all.
     *
     * @param key the option name without {@code --}
     * @return {@code true} when given (with or without a value)
     */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * A comma-separated list option, trimmed.
     *
     * @param key the option name without {@code --}
     * @param fallback the comma-separated default
     * @return the elements
     */
    public List<String> getList(String key, String fallback) {
        return java.util.Arrays.stream(get(key, fallback).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
