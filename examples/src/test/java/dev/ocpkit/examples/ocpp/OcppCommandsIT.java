package dev.ocpkit.examples.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.examples.OcpkitCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code ocpkit csms} and {@code ocpkit station} against each other, in-process, over loopback. */
class OcppCommandsIT {
    @TempDir
    Path dir;

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cl = OcpkitCli.commandLine();

        Run() {
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
        }

        synchronized String out() {
            return out.toString();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.6", "2.0.1", "2.1"})
    void station_runsItsTransactionsAgainstCsms_andExitsZero(String version) throws Exception {
        int port = freePort();
        Run csms = new Run();
        CompletableFuture<Integer> csmsExit = CompletableFuture.supplyAsync(() ->
                csms.cl.execute("csms", "--host", "127.0.0.1", "--port", Integer.toString(port), "--duration", "20"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!csms.out().contains("listening") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Run station = new Run();
        int exit = station.cl.execute(
                "station",
                "--url",
                "ws://127.0.0.1:" + port + "/ocpp/CP-" + version.replace(".", ""),
                "--ocpp",
                version,
                "--transactions",
                "2",
                "--samples",
                "2",
                "--pace-ms",
                "20",
                "--queue-dir",
                dir.resolve("q").toString());
        assertThat(exit).as(station.err.toString()).isZero();
        assertThat(station.out()).contains("boot Accepted").contains("done: 2 transaction(s), queue empty");
        Thread.sleep(200);
        String log = csms.out();
        assertThat(log).contains("boot ocpkit Simulator -> Accepted");
        assertThat(log).contains("authorize ****0001 -> Accepted").doesNotContain("SIM-0001");
        assertThat(log.lines().filter(l -> l.contains(" started on evse 1"))).hasSize(2);
        assertThat(log.lines().filter(l -> l.contains(" ended at "))).hasSize(2);
        assertThat(Files.isDirectory(dir.resolve("q"))).isTrue();
        csmsExit.cancel(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong"})
    void csmsWithPasswordFile_refusesAWrongPassword(String password) throws Exception {
        int port = freePort();
        Path pw = dir.resolve("passwords");
        Files.writeString(pw, "# identity=password\nCP-9=right-one\n");
        Run csms = new Run();
        CompletableFuture.supplyAsync(() -> csms.cl.execute(
                "csms",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--password-file",
                pw.toString(),
                "--duration",
                "10"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!csms.out().contains("listening") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Run bad = new Run();
        int exit = bad.cl.execute(
                "station", "--url", "ws://127.0.0.1:" + port + "/ocpp/CP-9", "--password", password, "--timeout", "2");
        assertThat(exit).isEqualTo(1);
        Run good = new Run();
        assertThat(good.cl.execute(
                        "station",
                        "--url",
                        "ws://127.0.0.1:" + port + "/ocpp/CP-9",
                        "--password",
                        "right-one",
                        "--transactions",
                        "0"))
                .isZero();
    }
}
