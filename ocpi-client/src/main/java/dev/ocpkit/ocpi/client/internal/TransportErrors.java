package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiTransportException;
import dev.ocpkit.ocpi.client.OcpiTransportException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Maps what a transport library throws to an {@link OcpiTransportException}. */
public final class TransportErrors {
    private TransportErrors() {}

    /**
     * @param t what the library threw
     * @param httpStatus the status if headers had arrived, else 0
     * @param target method and host, for the message
     * @param timeout the request's timeout, for the message
     */
    public static OcpiTransportException map(Throwable t, int httpStatus, String target, Duration timeout) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof OcpiTransportException e) {
            return e;
        }
        if (cause instanceof BoundedBody.TooLargeException) {
            return new OcpiTransportException(
                    Kind.RESPONSE_TOO_LARGE, httpStatus, target + ": " + cause.getMessage(), null, null);
        }
        if (cause instanceof HttpTimeoutException
                || cause instanceof SocketTimeoutException
                || (cause instanceof InterruptedIOException && "timeout".equals(cause.getMessage()))) {
            return new OcpiTransportException(
                    Kind.TIMEOUT,
                    httpStatus,
                    target + ": no complete response within " + timeout.toMillis() + " ms",
                    null,
                    cause);
        }
        if (cause instanceof CancellationException
                || cause instanceof InterruptedException
                || (cause instanceof IOException && "Canceled".equals(cause.getMessage()))) {
            return new OcpiTransportException(Kind.INTERRUPTED, httpStatus, target + ": cancelled", null, cause);
        }
        String what = cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + truncate(cause.getMessage()) + ")");
        return new OcpiTransportException(Kind.IO, httpStatus, target + ": " + what, null, cause);
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
