package dev.ocpkit.ocpp.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A second throw-away PKI made with keytool at test time, for the CSMS side: its own CA, a valid server certificate
 * for 127.0.0.1 and an expired one (valid for one day, three days ago). Lives in a temp folder deleted at exit.
 */
final class ServerPki {
    private static final String PASSWORD = "changeit";
    private static ServerPki instance;

    private final Path dir;

    private ServerPki(Path dir) {
        this.dir = dir;
    }

    static synchronized ServerPki get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("ocpkit-server-pki");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                ServerPki pki = new ServerPki(dir);
                pki.create();
                instance = pki;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private void create() {
        keytool(
                "-genkeypair",
                "-alias",
                "ca",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=ocpkit server test CA",
                "-ext",
                "bc:c",
                "-validity",
                "30",
                "-keystore",
                p("ca.p12"),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD);
        keytool(
                "-exportcert",
                "-alias",
                "ca",
                "-keystore",
                p("ca.p12"),
                "-storepass",
                PASSWORD,
                "-rfc",
                "-file",
                p("ca.crt"));
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-file",
                p("ca.crt"),
                "-keystore",
                p("trust.p12"),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD);
        server("valid", null);
        server("expired", "-3d");
    }

    private void server(String name, String startDate) {
        String store = name + ".p12";
        keytool(
                "-genkeypair",
                "-alias",
                name,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=127.0.0.1",
                "-validity",
                "30",
                "-keystore",
                p(store),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD);
        keytool("-certreq", "-alias", name, "-keystore", p(store), "-storepass", PASSWORD, "-file", p(name + ".csr"));
        List<String> sign = new ArrayList<>(List.of(
                "-gencert",
                "-alias",
                "ca",
                "-keystore",
                p("ca.p12"),
                "-storepass",
                PASSWORD,
                "-infile",
                p(name + ".csr"),
                "-outfile",
                p(name + ".crt"),
                "-rfc",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost"));
        if (startDate != null) {
            sign.addAll(List.of("-startdate", startDate, "-validity", "1"));
        } else {
            sign.addAll(List.of("-validity", "30"));
        }
        keytool(sign.toArray(String[]::new));
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-file",
                p("ca.crt"),
                "-keystore",
                p(store),
                "-storepass",
                PASSWORD);
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                name,
                "-file",
                p(name + ".crt"),
                "-keystore",
                p(store),
                "-storepass",
                PASSWORD);
    }

    /** The CSMS's context with the valid or the expired certificate. */
    SSLContext serverContext(boolean expired) {
        return context(expired ? "expired.p12" : "valid.p12");
    }

    /** A station's context that trusts this PKI's CA (no client key). */
    SSLContext trustingClientContext() {
        return context(null);
    }

    private SSLContext context(String keystore) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            KeyManagerFactory kmf = null;
            if (keystore != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(load(keystore), PASSWORD.toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load("trust.p12"));
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private KeyStore load(String store) throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve(store))) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD.toCharArray());
            return ks;
        }
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private static void keytool(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        try {
            Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes());
            if (!proc.waitFor(60, TimeUnit.SECONDS) || proc.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + String.join(" ", args) + "\n" + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }
}
