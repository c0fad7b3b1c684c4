package dev.ocpkit.examples.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of a demo run: one line per check, in the order they ran, and the figures worth showing. */
final class DemoReport {
    /** One check: what was verified, whether it held, and what was seen. */
    record Check(String name, boolean passed, String detail) {}

    private final List<Check> checks = Collections.synchronizedList(new ArrayList<>());
    private final List<String> figures = Collections.synchronizedList(new ArrayList<>());

    void check(String name, boolean passed, String detail) {
        checks.add(new Check(name, passed, detail));
    }

    void figure(String line) {
        figures.add(line);
    }

    List<Check> checks() {
        synchronized (checks) {
            return List.copyOf(checks);
        }
    }

    List<String> figures() {
        synchronized (figures) {
            return List.copyOf(figures);
        }
    }

    /** True when at least one check ran and every check passed. */
    boolean allPassed() {
        List<Check> all = checks();
        return !all.isEmpty() && all.stream().allMatch(Check::passed);
    }

    void print(PrintWriter out) {
        List<Check> all = checks();
        int width = all.stream().mapToInt(c -> c.name().length()).max().orElse(10);
        out.println();
        out.println("Summary");
        out.println("-------");
        int i = 1;
        for (Check c : all) {
            out.printf("%2d  %-" + width + "s  %s  %s%n", i++, c.name(), c.passed() ? "PASS" : "FAIL", c.detail());
        }
        if (!figures().isEmpty()) {
            out.println();
            figures().forEach(f -> out.println("    " + f));
        }
        long failed = all.stream().filter(c -> !c.passed()).count();
        out.println();
        out.println(
                failed == 0 && !all.isEmpty()
                        ? "All " + all.size() + " checks passed."
                        : failed + " of " + all.size() + " checks failed.");
        out.flush();
    }
}
