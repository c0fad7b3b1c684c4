package dev.ocpkit.benchmarks.ocpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The load generator: many station connections driven by one NIO selector on the calling thread.
 *
 * <p>Each connection does the client side of the WebSocket handshake (offering one OCPP subprotocol), sends a
 * BootNotification, then, in {@link #run}, keeps exactly one CALL in flight: the next CALL of the {@link Mix} is
 * written when the reply to the previous one arrives. The masked frames of every CALL are built once per connection;
 * only the 12 message-id digits are rewritten (masked) before each send. A reply is matched to its CALL by message id.
 * A reply missing for longer than the timeout counts as a timeout, and the connection moves on to its next CALL (a
 * stranded reply that turns up later counts as late).
 *
 * <p>Not thread-safe: every method runs the selector loop on the calling thread.
 */
final class LoadClient implements AutoCloseable {
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final long CHECK_NANOS = 100_000_000L;

    private static final int CONNECTING = 0;
    private static final int HANDSHAKE = 1;
    private static final int BOOTING = 2;
    private static final int READY = 3;
    private static final int WAITING = 4;
    private static final int CLOSED = 5;

    private final Selector selector;
    private final InetSocketAddress address;
    private final String pathPrefix;
    private final String idPrefix;
    private final Mix mix;
    private final long timeoutNanos;
    private final int readBufferBytes;
    private final SplittableRandom random = new SplittableRandom(20261122L);
    private final List<Conn> conns = new ArrayList<>();

    // connect phase
    private int attempted;
    private int connecting;
    private int booted;
    private int failed;
    private @Nullable String firstFailure;

    // run phase
    private boolean running;
    private long limit;
    private long issued;
    private long inFlight;
    private long ok;
    private long callErrors;
    private long errors;
    private long timeouts;
    private long late;
    private long lastAnswerNanos;
    private @Nullable String firstCallError;
    private @Nullable String firstError;
    private Histogram latency = new Histogram();

    /**
     * @param pathPrefix the URL path before the station identity, e.g. {@code /ocpp/}
     * @param idPrefix what station identities start with (followed by a six-digit index)
     * @param timeout how long a reply (or a handshake) may take before it counts as a timeout
     * @param readBufferBytes initial read buffer per connection (grows for larger frames)
     */
    LoadClient(
            InetSocketAddress address,
            String pathPrefix,
            String idPrefix,
            Mix mix,
            Duration timeout,
            int readBufferBytes)
            throws IOException {
        this.selector = Selector.open();
        this.address = address;
        this.pathPrefix = pathPrefix;
        this.idPrefix = idPrefix;
        this.mix = mix;
        this.timeoutNanos = timeout.toNanos();
        this.readBufferBytes = readBufferBytes;
    }

    /** What {@link #connect} achieved. */
    record ConnectResult(int booted, int failed, @Nullable String firstFailure, long nanos) {}

    /** What one {@link #run} measured. */
    record RunResult(
            long ok,
            long callErrors,
            long errors,
            long timeouts,
            long late,
            long nanos,
            long p50Micros,
            long p99Micros,
            long maxMicros,
            @Nullable String firstCallError,
            @Nullable String firstError) {
        /** Answered calls (CALLRESULT or CALLERROR) per second. */
        double callsPerSecond() {
            return nanos == 0 ? 0 : (ok + callErrors) * 1e9 / nanos;
        }
    }

    /**
     * Opens {@code n} connections (at most {@code parallel} handshakes at a time), each identified by the identity
     * prefix and a six-digit index, and boots each one. Returns when every connection is booted or has failed, or at the
     * deadline.
     */
    ConnectResult connect(int n, int parallel, Duration deadline) throws IOException {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        int first = attempted;
        int next = 0;
        long lastCheck = start;
        while (booted + failed < first + n) {
            while (next < n && connecting < parallel) {
                open(first + next++);
            }
            select(50);
            long now = System.nanoTime();
            if (now - lastCheck > CHECK_NANOS) {
                lastCheck = now;
                checkTimeouts(now);
            }
            if (now > end) {
                for (Conn c : conns) {
                    if (c.state < READY) {
                        fail(c, "not booted before the deadline");
                    }
                }
                break;
            }
        }
        return new ConnectResult(booted, failed, firstFailure, System.nanoTime() - start);
    }

    /** Connections booted and still open. */
    int openConnections() {
        int n = 0;
        for (Conn c : conns) {
            if (c.state == READY || c.state == WAITING) {
                n++;
            }
        }
        return n;
    }

    /**
     * Sends {@code calls} CALLs over the booted connections, one in flight per connection, and waits for every reply
     * (or its timeout). The time measured runs from the first send to the last reply.
     */
    RunResult run(long calls) throws IOException {
        running = true;
        limit = calls;
        issued = inFlight = ok = callErrors = errors = timeouts = late = 0;
        firstCallError = firstError = null;
        latency = new Histogram();
        long start = System.nanoTime();
        lastAnswerNanos = start;
        for (Conn c : conns) {
            if (c.state == READY && issued < limit) {
                sendNext(c, start);
            }
        }
        long lastCheck = start;
        while (inFlight > 0) {
            select(100);
            long now = System.nanoTime();
            if (now - lastCheck > CHECK_NANOS) {
                lastCheck = now;
                checkTimeouts(now);
            }
        }
        if (timeouts > 0) {
            probeTimedOut();
        }
        running = false;
        return new RunResult(
                ok,
                callErrors,
                errors,
                timeouts,
                late,
                lastAnswerNanos - start,
                latency.percentileMicros(0.50),
                latency.percentileMicros(0.99),
                latency.percentileMicros(1.0),
                firstCallError,
                firstError);
    }

    /**
     * Sends a WebSocket ping on every connection whose last CALL timed out, then waits up to two seconds: a reply
     * that then arrives was stranded in the server (held back until the next inbound frame), not lost, and counts as
     * late.
     */
    private void probeTimedOut() throws IOException {
        int probed = 0;
        for (Conn c : conns) {
            if (c.timedOut && c.state == READY) {
                byte[] mask = new byte[4];
                random.nextBytes(mask);
                write(c, ByteBuffer.wrap(maskedFrame("probe".getBytes(StandardCharsets.US_ASCII), mask, 0x9)));
                probed++;
            }
        }
        long end = System.nanoTime() + 2_000_000_000L;
        long lateBefore = late;
        while (probed > late - lateBefore && System.nanoTime() < end) {
            select(50);
        }
    }

    /** Keeps the connections open (answering pings) for the given time. */
    void idle(Duration time) throws IOException {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            select(100);
        }
    }

    @Override
    public void close() {
        for (Conn c : conns) {
            try {
                c.channel.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    // ------------------------------------------------------------------ connections

    private final class Conn {
        final int index;
        final SocketChannel channel;
        final byte[] mask = new byte[4];
        final byte[][] frames;
        final ByteBuffer[] wrapped;
        final int[] idOffsets;

        @Nullable
        SelectionKey key;

        int state = CONNECTING;
        long startedAt;
        long sentAt;
        long seq;
        long outstanding = -1;
        int cursor;
        boolean timedOut;
        ByteBuffer in;

        @Nullable
        ByteBuffer pending;

        @Nullable
        ArrayDeque<ByteBuffer> queued;

        Conn(int index, SocketChannel channel) {
            this.index = index;
            this.channel = channel;
            int m = random.nextInt();
            mask[0] = (byte) (m >>> 24);
            mask[1] = (byte) (m >>> 16);
            mask[2] = (byte) (m >>> 8);
            mask[3] = (byte) m;
            if (m == 0) {
                mask[3] = 1; // a zero key would let a server skip unmasking
            }
            int count = 1 + mix.cycle.size();
            frames = new byte[count][];
            wrapped = new ByteBuffer[count];
            idOffsets = new int[count];
            for (int i = 0; i < count; i++) {
                byte[] text = i == 0 ? mix.boot.text() : mix.cycle.get(i - 1).text();
                int header = headerLength(text.length);
                frames[i] = maskedFrame(text, mask, 0x1);
                wrapped[i] = ByteBuffer.wrap(frames[i]);
                idOffsets[i] = header + 4;
            }
            in = ByteBuffer.allocate(readBufferBytes);
        }

        /** Writes the id digits into frame {@code f}, masked like the rest of its payload. */
        void writeId(int f, long id) {
            byte[] frame = frames[f];
            int payloadStart = idOffsets[f];
            long v = id;
            for (int i = Mix.ID_LEN - 1; i >= 0; i--) {
                int p = Mix.ID_OFFSET + i;
                frame[payloadStart + p] = (byte) (('0' + (int) (v % 10)) ^ mask[p & 3]);
                v /= 10;
            }
        }
    }

    private void open(int index) throws IOException {
        attempted++;
        SocketChannel ch;
        try {
            ch = SocketChannel.open();
        } catch (IOException e) {
            // e.g. "Too many open files": counts as a failed station instead of ending the run
            failed++;
            if (firstFailure == null) {
                firstFailure = identity(index) + ": cannot open a socket: " + e;
            }
            return;
        }
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        Conn c = new Conn(index, ch);
        c.startedAt = System.nanoTime();
        conns.add(c);
        connecting++;
        try {
            if (ch.connect(address)) {
                c.key = ch.register(selector, SelectionKey.OP_READ, c);
                onConnected(c);
            } else {
                c.key = ch.register(selector, SelectionKey.OP_CONNECT, c);
            }
        } catch (IOException e) {
            fail(c, "connect: " + e);
        }
    }

    private void onConnected(Conn c) {
        c.state = HANDSHAKE;
        byte[] key = new byte[16];
        random.nextBytes(key);
        String request = "GET " + pathPrefix + identity(c.index) + " HTTP/1.1\r\n"
                + "Host: " + address.getHostString() + ":" + address.getPort() + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: " + mix.subprotocol + "\r\n\r\n";
        write(c, ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
    }

    private String identity(int index) {
        return idPrefix + String.format(Locale.ROOT, "%06d", index);
    }

    private void select(long millis) throws IOException {
        selector.select(millis);
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey k = it.next();
            it.remove();
            Conn c = (Conn) k.attachment();
            if (!k.isValid()) {
                continue;
            }
            try {
                if (k.isConnectable()) {
                    if (c.channel.finishConnect()) {
                        k.interestOps(SelectionKey.OP_READ);
                        onConnected(c);
                    }
                    continue;
                }
                if (k.isWritable()) {
                    flush(c);
                }
                if (k.isValid() && k.isReadable()) {
                    read(c);
                }
            } catch (IOException e) {
                fail(c, e.toString());
            }
        }
    }

    // ------------------------------------------------------------------ writing

    private void write(Conn c, ByteBuffer buf) {
        if (c.state == CLOSED) {
            return;
        }
        if (c.pending != null) {
            if (c.queued == null) {
                c.queued = new ArrayDeque<>();
            }
            c.queued.add(buf);
            return;
        }
        try {
            c.channel.write(buf);
            if (buf.hasRemaining()) {
                c.pending = buf;
                if (c.key != null) {
                    c.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                }
            }
        } catch (IOException e) {
            fail(c, "write: " + e);
        }
    }

    private void flush(Conn c) throws IOException {
        while (c.pending != null) {
            c.channel.write(c.pending);
            if (c.pending.hasRemaining()) {
                return;
            }
            c.pending = c.queued == null ? null : c.queued.poll();
        }
        if (c.key != null) {
            c.key.interestOps(SelectionKey.OP_READ);
        }
    }

    private void sendFrame(Conn c, int f, long now) {
        long id = ++c.seq;
        ByteBuffer buf = c.wrapped[f];
        if (c.pending == buf) {
            // the previous send of this frame is still being written (only after a timeout): send a copy
            c.writeId(f, id);
            buf = ByteBuffer.wrap(c.frames[f].clone());
        } else {
            c.writeId(f, id);
            buf.clear();
        }
        c.outstanding = id;
        c.sentAt = now;
        write(c, buf);
    }

    private void sendNext(Conn c, long now) {
        c.timedOut = false;
        int f = 1 + c.cursor;
        c.cursor = (c.cursor + 1) % mix.cycle.size();
        c.state = WAITING;
        issued++;
        inFlight++;
        sendFrame(c, f, now);
    }

    // ------------------------------------------------------------------ reading

    private void read(Conn c) throws IOException {
        int n = c.channel.read(c.in);
        if (n < 0) {
            fail(c, "connection closed by the server");
            return;
        }
        byte[] a = c.in.array();
        int end = c.in.position();
        int pos = 0;
        if (c.state == HANDSHAKE) {
            int h = indexOf(a, end, HEADER_END);
            if (h < 0) {
                if (end == a.length) {
                    fail(c, "handshake response too long");
                }
                return;
            }
            String head = new String(a, 0, h, StandardCharsets.ISO_8859_1);
            pos = h + HEADER_END.length;
            if (!head.startsWith("HTTP/1.1 101")) {
                fail(c, "handshake refused: " + head.lines().findFirst().orElse(""));
                return;
            }
            if (!head.toLowerCase(Locale.ROOT).contains("sec-websocket-protocol: " + mix.subprotocol)) {
                fail(c, "server did not accept subprotocol " + mix.subprotocol);
                return;
            }
            c.state = BOOTING;
            sendFrame(c, 0, System.nanoTime());
        }
        while (c.state != CLOSED && end - pos >= 2) {
            int b0 = a[pos] & 0xFF;
            int b1 = a[pos + 1] & 0xFF;
            if ((b1 & 0x80) != 0) {
                fail(c, "server sent a masked frame");
                return;
            }
            int len7 = b1 & 0x7F;
            int header = len7 < 126 ? 2 : len7 == 126 ? 4 : 10;
            if (end - pos < header) {
                break;
            }
            long len;
            if (len7 < 126) {
                len = len7;
            } else if (len7 == 126) {
                len = ((a[pos + 2] & 0xFF) << 8) | (a[pos + 3] & 0xFF);
            } else {
                len = 0;
                for (int i = 2; i < 10; i++) {
                    len = (len << 8) | (a[pos + i] & 0xFF);
                }
            }
            if (len > 16 << 20) {
                fail(c, "frame of " + len + " bytes");
                return;
            }
            int total = header + (int) len;
            if (end - pos < total) {
                if (total > a.length) {
                    ByteBuffer bigger = ByteBuffer.allocate(total);
                    bigger.put(a, pos, end - pos);
                    c.in = bigger;
                    return;
                }
                break;
            }
            onFrame(c, b0, a, pos + header, (int) len);
            pos += total;
        }
        if (c.state == CLOSED) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(a, pos, a, 0, end - pos);
            c.in.position(end - pos);
        }
    }

    private void onFrame(Conn c, int b0, byte[] a, int off, int len) {
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0F;
        switch (opcode) {
            case 0x1 -> {
                if (!fin) {
                    error(c, "fragmented text frame (not supported by this load generator)");
                    return;
                }
                onText(c, a, off, len);
            }
            case 0x9 -> {
                byte[] payload = new byte[len];
                System.arraycopy(a, off, payload, 0, len);
                byte[] mask = new byte[4];
                random.nextBytes(mask);
                write(c, ByteBuffer.wrap(maskedFrame(payload, mask, 0xA)));
            }
            case 0xA -> {
                // pong: nothing to do
            }
            case 0x8 -> fail(c, "server closed the WebSocket" + closeReason(a, off, len));
            default -> error(c, "unexpected frame opcode " + opcode);
        }
    }

    private static String closeReason(byte[] a, int off, int len) {
        if (len < 2) {
            return "";
        }
        int code = ((a[off] & 0xFF) << 8) | (a[off + 1] & 0xFF);
        return " (" + code + " " + new String(a, off + 2, len - 2, StandardCharsets.UTF_8) + ")";
    }

    private void onText(Conn c, byte[] a, int off, int len) {
        int end = off + len;
        int i = off;
        i = skipSpace(a, i, end);
        if (i >= end || a[i] != '[') {
            error(c, "reply is not a JSON array: " + text(a, off, len));
            return;
        }
        i = skipSpace(a, i + 1, end);
        int type = i < end ? a[i] - '0' : -1;
        i++;
        while (i < end && a[i] != '"') {
            i++;
        }
        long id = 0;
        int digits = 0;
        for (i++; i < end && a[i] != '"'; i++) {
            int d = a[i] - '0';
            if (d < 0 || d > 9 || ++digits > Mix.ID_LEN + 6) {
                digits = -1;
                break;
            }
            id = id * 10 + d;
        }
        if (digits <= 0 || i >= end) {
            error(c, "reply without a message id of ours: " + text(a, off, len));
            return;
        }
        if (c.outstanding != id || (c.state != WAITING && c.state != BOOTING)) {
            if (id > 0 && id <= c.seq) {
                late++; // the reply to a CALL that had timed out
                c.timedOut = false;
            } else {
                error(c, "reply to no CALL of ours: " + text(a, off, len));
            }
            return;
        }
        long now = System.nanoTime();
        c.outstanding = -1;
        if (c.state == BOOTING) {
            if (type != 3) {
                fail(c, "BootNotification not answered with a CALLRESULT: " + text(a, off, len));
                return;
            }
            c.state = READY;
            booted++;
            connecting--;
            return;
        }
        inFlight--;
        c.state = READY;
        if (type == 3) {
            ok++;
        } else if (type == 4) {
            callErrors++;
            if (firstCallError == null) {
                firstCallError = text(a, off, len);
            }
        } else {
            error(c, "reply of message type " + type + ": " + text(a, off, len));
        }
        lastAnswerNanos = now;
        latency.recordNanos(now - c.sentAt);
        if (running && issued < limit) {
            sendNext(c, now);
        }
    }

    private static int skipSpace(byte[] a, int i, int end) {
        while (i < end && (a[i] == ' ' || a[i] == '\n' || a[i] == '\r' || a[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static String text(byte[] a, int off, int len) {
        return new String(a, off, Math.min(len, 300), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ failures and timeouts

    private void error(Conn c, String what) {
        if (running) {
            errors++;
            if (firstError == null) {
                firstError = identity(c.index) + ": " + what;
            }
        } else if (firstFailure == null) {
            firstFailure = identity(c.index) + ": " + what;
        }
    }

    private void fail(Conn c, String why) {
        if (c.state == CLOSED) {
            return;
        }
        int was = c.state;
        c.state = CLOSED;
        try {
            c.channel.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (was < READY) {
            failed++;
            connecting--;
            if (firstFailure == null) {
                firstFailure = identity(c.index) + ": " + why;
            }
        } else {
            error(c, why);
            if (was == WAITING) {
                inFlight--;
            }
        }
    }

    private void checkTimeouts(long now) {
        for (Conn c : conns) {
            if (c.state == WAITING && now - c.sentAt > timeoutNanos) {
                timeouts++;
                inFlight--;
                c.state = READY;
                c.outstanding = -1;
                c.timedOut = true;
                if (running && issued < limit) {
                    sendNext(c, now);
                }
            } else if (c.state < READY && now - c.startedAt > timeoutNanos) {
                fail(
                        c,
                        "no handshake and boot within " + timeoutNanos / 1_000_000 + " ms ("
                                + (c.state == CONNECTING
                                        ? "TCP connect not finished"
                                        : c.state == HANDSHAKE
                                                ? "no HTTP 101 yet"
                                                : "101 received, BootNotification sent, no reply")
                                + ")");
            }
        }
    }

    // ------------------------------------------------------------------ framing

    static int headerLength(int len) {
        return len < 126 ? 2 : len < 65536 ? 4 : 10;
    }

    /** A final client frame with the given opcode, masked with {@code mask}. */
    static byte[] maskedFrame(byte[] payload, byte[] mask, int opcode) {
        int len = payload.length;
        int header = headerLength(len);
        byte[] f = new byte[header + 4 + len];
        f[0] = (byte) (0x80 | opcode);
        if (len < 126) {
            f[1] = (byte) (0x80 | len);
        } else if (len < 65536) {
            f[1] = (byte) (0x80 | 126);
            f[2] = (byte) (len >>> 8);
            f[3] = (byte) len;
        } else {
            f[1] = (byte) (0x80 | 127);
            for (int i = 0; i < 8; i++) {
                f[2 + i] = (byte) ((long) len >>> (56 - 8 * i));
            }
        }
        System.arraycopy(mask, 0, f, header, 4);
        for (int i = 0; i < len; i++) {
            f[header + 4 + i] = (byte) (payload[i] ^ mask[i & 3]);
        }
        return f;
    }

    private static int indexOf(byte[] a, int end, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (a[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
