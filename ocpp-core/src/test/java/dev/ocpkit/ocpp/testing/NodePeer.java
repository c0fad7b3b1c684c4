package dev.ocpkit.ocpp.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs the npm package {@code ocpp-rpc} 2.2.1, a third-party OCPP-J implementation, as a peer for interop tests.
 * The package is installed at test time into {@code target/interop-node} (never committed); tests that need it are
 * skipped when Node.js or npm is absent or the install fails.
 */
public final class NodePeer implements AutoCloseable {
    public static final String OCPP_RPC = "ocpp-rpc@2.2.1";
    private static final Path PREFIX = Path.of("target", "interop-node").toAbsolutePath();
    private static @Nullable String unavailable;
    private static boolean installed;

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    private NodePeer(Process process) {
        this.process = process;
        Thread t = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            synchronized (all) {
                                all.add(line);
                            }
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        lines.add("{\"step\":\"io-error\"}");
                    }
                },
                "node-peer-reader");
        t.setDaemon(true);
        t.start();
    }

    /** Why the peer cannot run here, or null when it can (installs ocpp-rpc on first use). */
    public static synchronized @Nullable String unavailableReason() {
        if (installed || unavailable != null) {
            return unavailable;
        }
        if (!runs("node", "--version") || !runs("npm", "--version")) {
            unavailable = "Node.js/npm not found: interop tests with " + OCPP_RPC + " skipped";
            return unavailable;
        }
        if (!Files.isDirectory(PREFIX.resolve("node_modules/ocpp-rpc"))) {
            boolean ok = runs(
                    "npm",
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--no-save",
                    "--loglevel=error",
                    "--prefix",
                    PREFIX.toString(),
                    OCPP_RPC);
            if (!ok) {
                unavailable = "npm install " + OCPP_RPC + " failed: interop tests skipped";
                return unavailable;
            }
        }
        installed = true;
        return null;
    }

    private static boolean runs(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(180, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code node <script> args...}, the script read from the test resources folder {@code interop}. */
    public static NodePeer start(String script, String... args) {
        try {
            Path dir = Files.createDirectories(PREFIX.resolve("scripts"));
            Path file = dir.resolve(script);
            try (var in = NodePeer.class.getResourceAsStream("/interop/" + script)) {
                Files.write(file, in.readAllBytes());
            }
            List<String> cmd = new ArrayList<>(List.of("node", file.toString()));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("NODE_PATH", PREFIX.resolve("node_modules").toString());
            return new NodePeer(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next output line containing {@code "step":"<step>"} (earlier lines are skipped), or fails after 15 s. */
    public String await(String step) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.contains("\"step\":\"" + step + "\"")) {
                return line;
            }
        }
        throw new AssertionError("ocpp-rpc never printed step '" + step + "'; output so far: " + output());
    }

    /** Every line printed so far. */
    public List<String> output() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** Waits for the process to exit and returns its exit code. */
    public int exitCode() throws InterruptedException {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ocpp-rpc did not exit; output: " + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        process.destroy();
    }
}
