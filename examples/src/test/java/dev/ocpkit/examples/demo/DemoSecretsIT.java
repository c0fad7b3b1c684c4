package dev.ocpkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole demo at TRACE log level leaks no OCPI credentials token (token A, B or C, raw or Base64) into its output
 * or its log: {@link DemoTraceAudit} in a fresh JVM.
 */
class DemoSecretsIT {
    @Test
    void demoAtTraceLevel_printsNoCredentialsToken() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(
                        java.toString(), "-cp", System.getProperty("java.class.path"), DemoTraceAudit.class.getName()))
                .redirectErrorStream(true)
                .start();
        boolean done = p.waitFor(3, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("the audit finished in time").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Matcher m = Pattern.compile("(\\d+) TRACE lines, (\\d+) tokens in (\\d+) forms, leaks 0")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        System.out.println(
                out.lines().filter(l -> l.startsWith("demo ")).findFirst().orElse(out));
        // the audit means something only if TRACE logging was really on and there were tokens to look for
        assertThat(Long.parseLong(m.group(1))).as(out).isGreaterThan(100);
        assertThat(Integer.parseInt(m.group(2))).as(out).isGreaterThanOrEqualTo(3);
    }
}
