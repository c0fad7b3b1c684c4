package dev.ocpkit.ocpp.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppConnectionException;
import dev.ocpkit.ocpp.OcppException;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppListener;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppTimeoutException;
import dev.ocpkit.ocpp.internal.rpc.TestActions.PingRequest;
import dev.ocpkit.ocpp.internal.rpc.TestActions.PingResponse;
import dev.ocpkit.ocpp.internal.rpc.TestActions.ResetRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RpcEndpointTest {
    private static final OcppHandlers ECHO = OcppHandlers.builder()
            .on(TestActions.PING, (ctx, req) -> new PingResponse(req.n() + 1))
            .build();

    private static Throwable failureOf(CompletableFuture<?> f) {
        try {
            f.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return OcppException.extract(e) != null ? OcppException.extract(e) : e;
        }
        throw new AssertionError("future completed normally");
    }

    @Test
    void call_isAnsweredWithTypedResponse() throws Exception {
        try (Pipe p = new Pipe(ECHO, OcppHandlers.empty(), OcppOptions.defaults())) {
            PingResponse r = p.station.call(new PingRequest(41)).get(5, TimeUnit.SECONDS);
            assertThat(r.n()).isEqualTo(42);
            assertThat(p.stationToCsms).hasSize(1);
            assertThat(p.stationToCsms.get(0)).matches("\\[2,\"[^\"]+\",\"Ping\",\\{\"n\":41}]");
            assertThat(p.csmsToStation.get(0)).matches("\\[3,\"[^\"]+\",\\{\"n\":42}]");
        }
    }

    @Test
    void calls_goOneAtATime_inTheOrderTheyWereMade() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> seen = new ArrayList<>();
        OcppHandlers slow = OcppHandlers.builder()
                .on(TestActions.PING, (ctx, req) -> {
                    synchronized (seen) {
                        seen.add(req.n());
                    }
                    release.await(5, TimeUnit.SECONDS);
                    return new PingResponse(req.n());
                })
                .build();
        try (Pipe p = new Pipe(slow, OcppHandlers.empty(), OcppOptions.defaults())) {
            CompletableFuture<PingResponse> a = p.station.call(new PingRequest(1));
            CompletableFuture<PingResponse> b = p.station.call(new PingRequest(2));
            CompletableFuture<PingResponse> c = p.station.call(new PingRequest(3));
            Thread.sleep(200);
            assertThat(p.stationToCsms).hasSize(1);
            assertThat(p.station.pendingCalls()).isEqualTo(3);
            release.countDown();
            assertThat(c.get(5, TimeUnit.SECONDS).n()).isEqualTo(3);
            assertThat(a.get().n()).isEqualTo(1);
            assertThat(b.get().n()).isEqualTo(2);
            assertThat(seen).containsExactly(1, 2, 3);
            assertThat(p.station.pendingCalls()).isZero();
        }
    }

    @Test
    void maxCallsInFlight_raised_sendsCallsConcurrently() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        OcppHandlers blocking = OcppHandlers.builder()
                .onAsync(
                        TestActions.PING,
                        (ctx, req) -> CompletableFuture.supplyAsync(() -> {
                            try {
                                release.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return new PingResponse(req.n());
                        }))
                .build();
        OcppOptions options = OcppOptions.builder().maxCallsInFlight(3).build();
        try (Pipe p = new Pipe(blocking, OcppHandlers.empty(), options)) {
            List<CompletableFuture<PingResponse>> fs = List.of(
                    p.station.call(new PingRequest(1)),
                    p.station.call(new PingRequest(2)),
                    p.station.call(new PingRequest(3)));
            Thread.sleep(200);
            assertThat(p.stationToCsms).hasSize(3);
            release.countDown();
            for (CompletableFuture<PingResponse> f : fs) {
                assertThat(f.get(5, TimeUnit.SECONDS)).isNotNull();
            }
        }
    }

    @Test
    void call_withoutAnswer_timesOut_andTheNextQueuedCallIsSent() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        OcppHandlers silentOnce = OcppHandlers.builder()
                .onAsync(
                        TestActions.PING,
                        (ctx, req) -> req.n() == 1
                                ? new CompletableFuture<>()
                                : CompletableFuture.completedFuture(new PingResponse(req.n())))
                .build();
        OcppOptions options =
                OcppOptions.builder().callTimeout(Duration.ofMillis(300)).build();
        try (Pipe p = new Pipe(silentOnce, OcppHandlers.empty(), options)) {
            CompletableFuture<PingResponse> first = p.station.call(new PingRequest(1));
            CompletableFuture<PingResponse> second = p.station.call(new PingRequest(2));
            assertThat(failureOf(first))
                    .isInstanceOf(OcppTimeoutException.class)
                    .hasMessageContaining("Ping");
            assertThat(second.get(5, TimeUnit.SECONDS).n()).isEqualTo(2);
            never.countDown();
        }
    }

    @Test
    void close_failsInFlightAndQueuedCalls() throws Exception {
        OcppHandlers silent = OcppHandlers.builder()
                .onAsync(TestActions.PING, (ctx, req) -> new CompletableFuture<>())
                .build();
        try (Pipe p = new Pipe(silent, OcppHandlers.empty(), OcppOptions.defaults())) {
            CompletableFuture<PingResponse> inFlight = p.station.call(new PingRequest(1));
            CompletableFuture<PingResponse> queued = p.station.call(new PingRequest(2));
            p.station.onClosed(1006, "abnormal");
            assertThat(failureOf(inFlight))
                    .isInstanceOf(OcppConnectionException.class)
                    .hasMessageContaining("1006");
            assertThat(failureOf(queued)).isInstanceOf(OcppConnectionException.class);
            assertThat(failureOf(p.station.call(new PingRequest(3)))).isInstanceOf(OcppConnectionException.class);
            assertThat(p.station.isOpen()).isFalse();
        }
    }

    @Test
    void cancellingAQueuedCall_meansItIsNeverSent() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        OcppHandlers slow = OcppHandlers.builder()
                .on(TestActions.PING, (ctx, req) -> {
                    release.await(5, TimeUnit.SECONDS);
                    return new PingResponse(req.n());
                })
                .build();
        try (Pipe p = new Pipe(slow, OcppHandlers.empty(), OcppOptions.defaults())) {
            CompletableFuture<PingResponse> first = p.station.call(new PingRequest(1));
            CompletableFuture<PingResponse> cancelled = p.station.call(new PingRequest(2));
            CompletableFuture<PingResponse> third = p.station.call(new PingRequest(3));
            assertThat(cancelled.cancel(true)).isTrue();
            release.countDown();
            assertThat(third.get(5, TimeUnit.SECONDS).n()).isEqualTo(3);
            assertThat(first.get().n()).isEqualTo(1);
            assertThat(p.stationToCsms).noneMatch(f -> f.contains("{\"n\":2}"));
        }
    }

    @Test
    void cancellingTheInFlightCall_letsTheNextOneGo() throws Exception {
        OcppHandlers silentOnce = OcppHandlers.builder()
                .onAsync(
                        TestActions.PING,
                        (ctx, req) -> req.n() == 1
                                ? new CompletableFuture<>()
                                : CompletableFuture.completedFuture(new PingResponse(req.n())))
                .build();
        try (Pipe p = new Pipe(silentOnce, OcppHandlers.empty(), OcppOptions.defaults())) {
            CompletableFuture<PingResponse> first = p.station.call(new PingRequest(1));
            CompletableFuture<PingResponse> second = p.station.call(new PingRequest(2));
            Thread.sleep(100);
            first.cancel(true);
            assertThat(second.get(5, TimeUnit.SECONDS).n()).isEqualTo(2);
        }
    }

    @Test
    void handlerThrowingCallError_answersWithItsCode() throws Exception {
        OcppHandlers refusing = OcppHandlers.builder()
                .on(TestActions.PING, (ctx, req) -> {
                    throw new OcppCallErrorException(CallErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "n too small");
                })
                .build();
        try (Pipe p = new Pipe(refusing, OcppHandlers.empty(), OcppOptions.defaults())) {
            Throwable t = failureOf(p.station.call(new PingRequest(1)));
            assertThat(t).isInstanceOf(OcppCallErrorException.class);
            OcppCallErrorException e = (OcppCallErrorException) t;
            // a 2.x spelling thrown on a 1.6 connection is sent with the 1.6 spelling
            assertThat(e.code()).isEqualTo(CallErrorCode.OCCURENCE_CONSTRAINT_VIOLATION);
            assertThat(e.rawCode()).isEqualTo("OccurenceConstraintViolation");
            assertThat(e.description()).isEqualTo("n too small");
        }
    }

    @Test
    void handlerThrowingAnyOtherException_answersInternalError_withoutItsMessage() throws Exception {
        OcppHandlers broken = OcppHandlers.builder()
                .on(TestActions.PING, (ctx, req) -> {
                    throw new IllegalStateException("database password is hunter2");
                })
                .build();
        try (Pipe p = new Pipe(broken, OcppHandlers.empty(), OcppOptions.defaults())) {
            Throwable t = failureOf(p.station.call(new PingRequest(1)));
            assertThat(((OcppCallErrorException) t).code()).isEqualTo(CallErrorCode.INTERNAL_ERROR);
            assertThat(p.csmsToStation.get(0)).doesNotContain("hunter2").contains("InternalError");
        }
    }

    @Test
    void knownActionWithoutHandler_isAnsweredNotSupported() throws Exception {
        try (Pipe p = new Pipe(ECHO, OcppHandlers.empty(), OcppOptions.defaults())) {
            Throwable t = failureOf(p.station.call(new TestActions.UnhandledRequest(1)));
            assertThat(((OcppCallErrorException) t).code()).isEqualTo(CallErrorCode.NOT_SUPPORTED);
        }
    }

    @Test
    void actionOfTheOtherRole_cannotBeSent() throws Exception {
        try (Pipe p = new Pipe(ECHO, OcppHandlers.empty(), OcppOptions.defaults())) {
            assertThatThrownBy(() -> p.station.call(new ResetRequest("Soft")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("STATION may not send");
        }
    }

    @Test
    void futuresComplete_offTheSocketThread() throws Exception {
        try (Pipe p = new Pipe(ECHO, OcppHandlers.empty(), OcppOptions.defaults())) {
            AtomicReference<String> thread = new AtomicReference<>();
            p.station
                    .call(new PingRequest(1))
                    .thenRun(() -> thread.set(Thread.currentThread().getName()))
                    .get(5, TimeUnit.SECONDS);
            assertThat(thread.get()).doesNotStartWith("io-");
        }
    }

    @Test
    void handlers_runOffTheSocketThread() throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        OcppHandlers recording = OcppHandlers.builder()
                .on(TestActions.PING, (ctx, req) -> {
                    thread.set(Thread.currentThread().getName());
                    return new PingResponse(1);
                })
                .build();
        try (Pipe p = new Pipe(recording, OcppHandlers.empty(), OcppOptions.defaults())) {
            p.station.call(new PingRequest(1)).get(5, TimeUnit.SECONDS);
            assertThat(thread.get()).startsWith("ocpkit-ocpp-handler-");
        }
    }

    @Test
    void lateAnswerForATimedOutCall_isReportedAndIgnored() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> unmatched = new ArrayList<>();
        OcppHandlers slow = OcppHandlers.builder()
                .on(TestActions.PING, (ctx, req) -> {
                    release.await(5, TimeUnit.SECONDS);
                    return new PingResponse(req.n());
                })
                .build();
        OcppOptions options = OcppOptions.builder()
                .callTimeout(Duration.ofMillis(200))
                .listener(new OcppListener() {
                    @Override
                    public void unmatchedResponse(OcppSession session, String messageId) {
                        synchronized (unmatched) {
                            unmatched.add(messageId);
                        }
                    }
                })
                .build();
        try (Pipe p = new Pipe(slow, OcppHandlers.empty(), options)) {
            assertThat(failureOf(p.station.call(new PingRequest(1)))).isInstanceOf(OcppTimeoutException.class);
            release.countDown();
            Thread.sleep(300);
            synchronized (unmatched) {
                assertThat(unmatched).hasSize(1);
            }
            assertThat(p.station
                            .call(new PingRequest(5))
                            .get(5, TimeUnit.SECONDS)
                            .n())
                    .isEqualTo(5);
        }
    }
}
