package dev.ocpkit.testkit;

import dev.ocpkit.bridge.EmspPublisher;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ClearProfileResult;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An {@link EmspPublisher} that records every push in order, for tests of code that drives a
 * {@link dev.ocpkit.bridge.CpoBridge} without a real eMSP. Thread-safe; every push succeeds at once.
 *
 * @since 0.1
 */
public final class RecordingEmspPublisher implements EmspPublisher {
    /**
     * One recorded push.
     *
     * @param kind what was sent: {@code PUT location}, {@code PATCH evse}, {@code PUT session}, {@code PATCH session},
     *     {@code POST cdr}, {@code POST command result}, {@code POST profile result}, {@code POST active profile result},
     *     {@code POST clear profile result}
     * @param target the object id or response URL
     * @param body the object sent
     */
    public record Push(String kind, String target, Object body) {}

    private final List<Push> pushes = new CopyOnWriteArrayList<>();

    /** Every push so far, in order. */
    public List<Push> pushes() {
        return List.copyOf(pushes);
    }

    /** The pushes of one kind, in order. */
    public List<Push> pushes(String kind) {
        List<Push> out = new ArrayList<>();
        for (Push p : pushes) {
            if (p.kind().equals(kind)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Waits until a push matches, polling every 10 ms.
     *
     * @throws AssertionError when none arrives in time
     */
    public Push await(Predicate<Push> matcher, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Push p : pushes) {
                if (matcher.test(p)) {
                    return p;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no matching push within " + timeout + "; pushes: " + pushes);
    }

    private CompletableFuture<Void> record(String kind, String target, Object body) {
        pushes.add(new Push(kind, target, body));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> putLocation(Location location) {
        return record("PUT location", String.valueOf(location.id()), location);
    }

    @Override
    public CompletableFuture<Void> patchEvse(
            String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch) {
        return record("PATCH evse", locationId + "/" + evseUid, patch);
    }

    @Override
    public CompletableFuture<Void> putSession(Session session) {
        return record("PUT session", String.valueOf(session.id()), session);
    }

    @Override
    public CompletableFuture<Void> patchSession(
            String countryCode, String partyId, String sessionId, SessionPatch patch) {
        return record("PATCH session", sessionId, patch);
    }

    @Override
    public CompletableFuture<Void> postCdr(Cdr cdr) {
        return record("POST cdr", String.valueOf(cdr.id()), cdr);
    }

    @Override
    public CompletableFuture<Void> postCommandResult(String responseUrl, CommandResult result) {
        return record("POST command result", responseUrl, result);
    }

    @Override
    public CompletableFuture<Void> postChargingProfileResult(String responseUrl, ChargingProfileResult result) {
        return record("POST profile result", responseUrl, result);
    }

    @Override
    public CompletableFuture<Void> postActiveChargingProfileResult(
            String responseUrl, ActiveChargingProfileResult result) {
        return record("POST active profile result", responseUrl, result);
    }

    @Override
    public CompletableFuture<Void> postClearProfileResult(String responseUrl, ClearProfileResult result) {
        return record("POST clear profile result", responseUrl, result);
    }
}
