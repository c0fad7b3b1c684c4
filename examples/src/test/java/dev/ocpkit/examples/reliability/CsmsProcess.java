package dev.ocpkit.examples.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code ocpkit csms} as a child process (the shaded CLI jar), killed with SIGKILL and restarted on demand. */
final class CsmsProcess implements AutoCloseable {
    private final List<String> command;
    private final Path log;
    private Process process;
    private int starts;

    CsmsProcess(Path cliJar, Path log, String... csmsArgs) {
        this.log = log;
        this.command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                cliJar.toString(),
                "dev.ocpkit.examples.OcpkitCli",
                "csms"));
        this.command.addAll(List.of(csmsArgs));
    }

    /** The shaded jar of the examples module (built by {@code package}, before the integration tests). */
    static Path cliJar() {
        Path jar = Path.of(System.getProperty("ocpkit.cliJar", "target/ocpkit-cli.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the package phase first");
        }
        return jar;
    }

    /** Starts the process and waits until it listens. */
    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        starts++;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (listeningLines() < starts) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ocpkit csms exited with " + process.exitValue() + ":\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ocpkit csms did not start listening in 30 s:\n" + output());
            }
            Thread.sleep(20);
        }
    }

    private long listeningLines() throws IOException {
        return output().lines().filter(l -> l.startsWith("CSMS listening on")).count();
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux): no shutdown hook, no close frames. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("ocpkit csms survived SIGKILL");
        }
    }

    /** The exit code of the last run (137 = 128 + SIGKILL). */
    int exitCode() {
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
