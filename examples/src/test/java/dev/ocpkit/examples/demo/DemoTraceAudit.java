package dev.ocpkit.examples.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the demo with every logger at TRACE and checks that no credentials token appears anywhere in what it wrote
 * (stdout, stderr, the log). Started in a fresh JVM by {@link DemoSecretsIT}, because the logging backend reads its
 * level once. Prints one summary line; exit 0 when the demo passed and nothing leaked, 1 on a leak, 2 when the demo
 * itself failed.
 */
final class DemoTraceAudit {
    private DemoTraceAudit() {}

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintStream realOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        boolean passed;
        List<String> tokens;
        try (Demo demo = new Demo(
                new Demo.Options(120, Duration.ofSeconds(2), new BigDecimal("16000"), new BigDecimal("11000"), true),
                new PrintWriter(capture, true))) {
            passed = demo.run().allPassed();
            tokens = demo.credentialsTokens();
        }
        capture.flush();
        String text = captured.toString(StandardCharsets.UTF_8);
        Set<String> forms = new LinkedHashSet<>();
        for (String t : tokens) {
            forms.add(t);
            forms.add(Base64.getEncoder().encodeToString(t.getBytes(StandardCharsets.UTF_8)));
        }
        int leaks = 0;
        for (String form : forms) {
            int at = text.indexOf(form);
            if (at >= 0) {
                leaks++;
                int from = Math.max(0, text.lastIndexOf('\n', at) + 1);
                int to = text.indexOf('\n', at);
                realOut.println("LEAK: "
                        + text.substring(from, to < 0 ? text.length() : to).replace(form, "<token>"));
            }
        }
        long traceLines = text.lines().filter(l -> l.contains("TRACE")).count();
        realOut.println("demo " + (passed ? "passed" : "FAILED") + ", "
                + text.lines().count() + " lines of output, "
                + traceLines + " TRACE lines, " + tokens.size() + " tokens in " + forms.size() + " forms, leaks "
                + leaks);
        System.exit(!passed ? 2 : leaks > 0 ? 1 : 0);
    }
}
