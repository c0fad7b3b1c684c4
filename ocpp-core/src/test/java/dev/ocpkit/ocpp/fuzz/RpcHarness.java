package dev.ocpkit.ocpp.fuzz;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppEndpoint;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.OcppWebSocket;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.NeutralCsms;
import dev.ocpkit.ocpp.neutral.NeutralStation;
import dev.ocpkit.ocpp.neutral.StationCommandHandler;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One OCPP-J endpoint (the public {@link OcppEndpoint#create} host-transport SPI) on an in-memory socket that records
 * every frame the endpoint writes, with an oracle of what OCPP-J allows as the answer to any text frame.
 *
 * <p>Handlers run on the calling thread, so that every answer is written before {@link #feed} returns. Every action
 * the role may receive has a handler: the version-neutral tables where they answer, and for every other action one
 * that answers {@code NotSupported} after the payload was decoded and validated (so that the schema validator and
 * the binding of every action are reached).
 */
final class RpcHarness {
    /** The frame-level rules a reply must satisfy; the parser has the same bounds as ocpkit's (depth 64). */
    private static final JsonMapper ORACLE = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxNumberLength(100)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final int TYPE_CALL = 2;
    private static final int TYPE_CALLRESULT = 3;
    private static final int TYPE_CALLERROR = 4;

    final OcppVersion version;
    final OcppRole role;
    private final Recorder socket = new Recorder();
    private final OcppEndpoint endpoint;
    private int liveness;

    private RpcHarness(OcppVersion version, OcppRole role) {
        this.version = version;
        this.role = role;
        OcppOptions options = OcppOptions.builder().executor(Runnable::run).build();
        this.endpoint = OcppEndpoint.create(socket, role, version, "CP-FUZZ", handlers(version, role), options);
    }

    static RpcHarness of(OcppVersion version, OcppRole role) {
        return new RpcHarness(version, role);
    }

    /** The public {@code OcppAction} constants of a version. */
    static List<OcppAction<?, ?>> actions(OcppVersion version) {
        Class<?> holder =
                switch (version) {
                    case V16 -> Ocpp16Actions.class;
                    case V201 -> Ocpp201Actions.class;
                    case V21 -> Ocpp21Actions.class;
                };
        List<OcppAction<?, ?>> out = new ArrayList<>();
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && OcppAction.class.isAssignableFrom(f.getType())) {
                try {
                    out.add((OcppAction<?, ?>) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static OcppHandlers handlers(OcppVersion version, OcppRole role) {
        OcppHandlers neutral = role == OcppRole.CSMS
                ? NeutralCsms.handlers(new CsmsHandler() {})
                : NeutralStation.handlers(new StationCommandHandler() {});
        OcppHandlers.Builder b = neutral.toBuilder();
        for (OcppAction<?, ?> a : actions(version)) {
            if (role.mayReceive(a) && !neutral.has(a)) {
                b.onAsync(
                        (OcppAction) a,
                        (ctx, req) -> CompletableFuture.failedFuture(
                                new OcppCallErrorException(CallErrorCode.NOT_SUPPORTED, "decoded, not handled here")));
            }
        }
        return b.build();
    }

    /**
     * Feeds one text frame and checks the endpoint's reaction against OCPP-J: the only outcomes are no reply (for
     * what must not be answered), or exactly one well-formed CALLRESULT or CALLERROR with the right message id and a
     * code of this version; the connection is never closed and still answers a valid CALL afterwards.
     *
     * @throws AssertionError when a rule is broken
     */
    void feed(String frame) {
        socket.frames.clear();
        endpoint.onText(frame);
        List<String> replies = List.copyOf(socket.frames);
        Expectation expected = expectation(frame);
        if (expected.replies != replies.size()) {
            throw new AssertionError(role + " " + version.label() + ": expected " + expected.replies
                    + " repl(y/ies), got " + replies + " for frame " + abbreviate(frame));
        }
        for (String reply : replies) {
            checkReply(reply, expected.id, frame);
        }
        if (socket.closed || !endpoint.session().isOpen()) {
            throw new AssertionError(
                    role + " " + version.label() + ": connection closed by frame " + abbreviate(frame));
        }
        checkAlive();
    }

    /** A valid CALL is still answered (the endpoint was not wedged by the previous frame). */
    private void checkAlive() {
        socket.frames.clear();
        String id = "live-" + (++liveness);
        String probe =
                role == OcppRole.CSMS ? "[2,\"" + id + "\",\"Heartbeat\",{}]" : "[2,\"" + id + "\",\"ClearCache\",{}]";
        endpoint.onText(probe);
        if (socket.frames.size() != 1) {
            throw new AssertionError(
                    role + " " + version.label() + ": no answer to a valid CALL after fuzz input: " + socket.frames);
        }
        JsonNode r = ORACLE.readTree(socket.frames.get(0));
        int type = r.get(0).intValue();
        if (!r.get(1).stringValue().equals(id) || (type != TYPE_CALLRESULT && type != TYPE_CALLERROR)) {
            throw new AssertionError("bad answer to the liveness probe: " + socket.frames.get(0));
        }
        if (type == TYPE_CALLERROR && r.get(2).stringValue().equals(CallErrorCode.INTERNAL_ERROR.value())) {
            throw new AssertionError("liveness probe answered InternalError: " + socket.frames.get(0));
        }
    }

    private record Expectation(int replies, String id) {}

    /** How many replies OCPP-J prescribes for a frame, and with which message id. */
    private Expectation expectation(String frame) {
        if (frame.isBlank()) {
            return new Expectation(0, "");
        }
        JsonNode root;
        try {
            root = ORACLE.readTree(frame);
        } catch (JacksonException | NumberFormatException e) {
            // not JSON, or beyond the parser's bounds (Jackson reports 1e9999999991 as NumberFormatException)
            return new Expectation(1, "-1");
        }
        if (root == null || !root.isArray()) {
            return new Expectation(1, "-1");
        }
        JsonNode t = root.get(0);
        if (t == null || !t.isIntegralNumber() || !t.canConvertToInt()) {
            return new Expectation(1, "-1");
        }
        JsonNode idNode = root.get(1);
        String id = idNode != null && idNode.isString() ? idNode.stringValue() : null;
        int type = t.intValue();
        String replyId;
        if (id == null || id.isEmpty()) {
            replyId = "-1";
        } else if (type == TYPE_CALL) {
            replyId = id; // a CALL's over-long id is echoed, so that the peer can match the error
        } else {
            replyId = id.length() <= 36 ? id : "-1";
        }
        return switch (type) {
            case TYPE_CALL -> new Expectation(1, replyId);
            case TYPE_CALLRESULT, TYPE_CALLERROR -> new Expectation(0, "");
            case 5, 6 -> version == OcppVersion.V21 ? new Expectation(0, "") : new Expectation(1, replyId);
            default -> new Expectation(1, replyId);
        };
    }

    private void checkReply(String reply, String expectedId, String frame) {
        JsonNode r;
        try {
            r = ORACLE.readTree(reply);
        } catch (JacksonException e) {
            throw new AssertionError("reply is not JSON: " + reply, e);
        }
        String where = role + " " + version.label() + " reply " + abbreviate(reply) + " to " + abbreviate(frame);
        if (!r.isArray()
                || r.size() < 3
                || !r.get(0).isIntegralNumber()
                || !r.get(1).isString()) {
            throw new AssertionError("malformed " + where);
        }
        if (!r.get(1).stringValue().equals(expectedId)) {
            throw new AssertionError("wrong message id (expected " + expectedId + ") in " + where);
        }
        int type = r.get(0).intValue();
        if (type == TYPE_CALLRESULT) {
            if (r.size() != 3 || !r.get(2).isObject()) {
                throw new AssertionError("malformed CALLRESULT " + where);
            }
        } else if (type == TYPE_CALLERROR) {
            if (r.size() != 5
                    || !r.get(2).isString()
                    || !r.get(3).isString()
                    || !r.get(4).isObject()) {
                throw new AssertionError("malformed CALLERROR " + where);
            }
            CallErrorCode code = CallErrorCode.fromValue(r.get(2).stringValue());
            if (code == CallErrorCode.UNKNOWN || !code.isDefinedIn(version)) {
                throw new AssertionError("error code not defined in OCPP " + version.label() + ": " + where);
            }
            if (code == CallErrorCode.INTERNAL_ERROR) {
                throw new AssertionError("InternalError (an unexpected exception in ocpkit) in " + where);
            }
            if (r.get(3).stringValue().length() > 255) {
                throw new AssertionError("error description over 255 characters in " + where);
            }
        } else {
            throw new AssertionError("reply of message type " + type + ": " + where);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }

    /** Records what the endpoint writes; fails the test on close. */
    private static final class Recorder implements OcppWebSocket {
        final List<String> frames = new ArrayList<>();
        boolean closed;

        @Override
        public synchronized void sendText(String text) {
            frames.add(text);
        }

        @Override
        public synchronized void close(int code, String reason) {
            closed = true;
        }
    }
}
