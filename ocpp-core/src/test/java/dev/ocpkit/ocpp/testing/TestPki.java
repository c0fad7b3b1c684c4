package dev.ocpkit.ocpp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away PKI made with the JDK's keytool at test time: a CA, a server certificate for 127.0.0.1 and station
 * client certificates (valid, expired, self-signed). Nothing is committed; everything lives in a temp folder.
 */
public final class TestPki {
    public static final String PASSWORD = "changeit";
    private static TestPki instance;

    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    /** The PKI of this test JVM (created once, about a second of keytool runs). */
    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("ocpkit-pki");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                TestPki pki = new TestPki(dir);
                pki.create();
                instance = pki;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }

    private void create() {
        genKey("ca.p12", "ca", "CN=ocpkit test CA", "bc:c");
        exportCert("ca.p12", "ca", "ca.crt");
        importTrusted("truststore.p12", "ca", "ca.crt");
        leaf("server.p12", "server", "CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost", null);
        leaf("cp7.p12", "cp7", "CN=CP-7", null, null);
        leaf("cp8.p12", "cp8", "CN=CP-8", null, null);
        leaf("cp7-expired.p12", "cp7x", "CN=CP-7", null, "-3d");
        genKey("cp7-selfsigned.p12", "cp7s", "CN=CP-7", null);
    }

    private void leaf(String store, String alias, String dname, String ext, String startDate) {
        genKey(store, alias, dname, null);
        keytool("-certreq", "-alias", alias, "-keystore", p(store), "-storepass", PASSWORD, "-file", p(alias + ".csr"));
        List<String> sign = new ArrayList<>(List.of(
                "-gencert",
                "-alias",
                "ca",
                "-keystore",
                p("ca.p12"),
                "-storepass",
                PASSWORD,
                "-infile",
                p(alias + ".csr"),
                "-outfile",
                p(alias + ".crt"),
                "-rfc"));
        if (ext != null) {
            sign.add("-ext");
            sign.add(ext);
        }
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
                alias,
                "-file",
                p(alias + ".crt"),
                "-keystore",
                p(store),
                "-storepass",
                PASSWORD);
    }

    private void genKey(String store, String alias, String dname, String ext) {
        List<String> args = new ArrayList<>(List.of(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                dname,
                "-validity",
                "30",
                "-keystore",
                p(store),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD));
        if (ext != null) {
            args.add("-ext");
            args.add(ext);
        }
        keytool(args.toArray(String[]::new));
    }

    private void exportCert(String store, String alias, String file) {
        keytool(
                "-exportcert",
                "-alias",
                alias,
                "-keystore",
                p(store),
                "-storepass",
                PASSWORD,
                "-rfc",
                "-file",
                p(file));
    }

    private void importTrusted(String store, String alias, String file) {
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                alias,
                "-file",
                p(file),
                "-keystore",
                p(store),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD);
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

    private KeyStore load(String store) {
        try (InputStream in = Files.newInputStream(dir.resolve(store))) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD.toCharArray());
            return ks;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's context: its key and, for client certificates, trust in the CA. */
    public SSLContext serverContext() {
        return context("server.p12");
    }

    /** A client context trusting the CA, with no client key (profile 2). */
    public SSLContext clientContext() {
        return context(null);
    }

    /** A client context trusting the CA, presenting the key of a station keystore (profile 3). */
    public SSLContext clientContext(String keystore) {
        return context(keystore);
    }

    /** A client context that trusts nothing of ours (the server certificate is untrusted). */
    public SSLContext untrustingClientContext() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((KeyStore) null);
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
            tmf.init(load("truststore.p12"));
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
