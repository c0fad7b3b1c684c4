package dev.ocpkit.ocpi.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Reads a response body completely, but never more than a limit. */
public final class BoundedBody {
    private BoundedBody() {}

    /** Thrown when a body exceeds the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long max) {
            super("response body larger than " + max + " bytes");
        }
    }

    /** Reads {@code in} to the end; fails as soon as the body (or its announced length) exceeds {@code max}. */
    public static byte[] read(InputStream in, long contentLength, long max) throws IOException {
        if (contentLength > max) {
            throw new TooLargeException(max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentLength > 0 ? (int) contentLength : 8192);
        byte[] buf = new byte[16384];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > max) {
                throw new TooLargeException(max);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A JDK body subscriber with the same limit. */
    public static HttpResponse.BodySubscriber<byte[]> subscriber(long contentLength, long max) {
        return new Subscriber(contentLength, max);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long contentLength;
        private final long max;
        private final ByteArrayOutputStream out;
        private long total;
        private Flow.Subscription subscription;

        Subscriber(long contentLength, long max) {
            this.contentLength = contentLength;
            this.max = max;
            this.out =
                    new ByteArrayOutputStream(contentLength > 0 && contentLength <= max ? (int) contentLength : 8192);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            if (contentLength > max) {
                s.cancel();
                result.completeExceptionally(new TooLargeException(max));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                total += b.remaining();
                if (total > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException(max));
                    return;
                }
                if (b.hasArray()) {
                    out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
                } else {
                    byte[] copy = new byte[b.remaining()];
                    b.get(copy);
                    out.write(copy, 0, copy.length);
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
