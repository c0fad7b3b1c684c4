package dev.ocpkit.ocpp.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 that forwards every connection to a target port and can cut any of them abruptly (RST,
 * no WebSocket close frame), as a lost mobile link or a crashed peer would.
 */
final class ChaosProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket[]> pairs = new ArrayList<>();
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile boolean closed;

    ChaosProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "chaos-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections cut so far. */
    int cuts() {
        return cuts.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                try {
                    upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2000);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                Socket[] pair = {client, upstream};
                synchronized (pairs) {
                    pairs.add(pair);
                }
                pump(client, upstream, pair);
                pump(upstream, client, pair);
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, Socket[] pair) {
        Thread t = new Thread(
                () -> {
                    byte[] buf = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buf)) >= 0) {
                            out.write(buf, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // cut or closed
                    } finally {
                        kill(pair);
                    }
                },
                "chaos-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Cuts one random open connection; false when there is none. */
    boolean cutRandom(java.util.Random random) {
        Socket[] victim;
        synchronized (pairs) {
            if (pairs.isEmpty()) {
                return false;
            }
            victim = pairs.get(random.nextInt(pairs.size()));
        }
        if (kill(victim)) {
            cuts.incrementAndGet();
        }
        return true;
    }

    private boolean kill(Socket[] pair) {
        boolean removed;
        synchronized (pairs) {
            removed = pairs.remove(pair);
        }
        for (Socket s : pair) {
            try {
                s.setSoLinger(true, 0); // RST instead of FIN
            } catch (IOException e) {
                // already closed
            }
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }
        return removed;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        List<Socket[]> all;
        synchronized (pairs) {
            all = new ArrayList<>(pairs);
        }
        all.forEach(this::kill);
    }
}
