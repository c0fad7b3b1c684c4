package dev.ocpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResponseType;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.CommandResultType;
import dev.ocpkit.ocpi.model.v221.StartSession;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fake CPO's Commands Receiver records commands and answers as scripted; results reach the eMSP. */
class FakeCpoCommandsTest {
    private static StartSession start() {
        return StartSession.builder()
                .responseUrl("http://127.0.0.1:1/replaced-by-the-client")
                .token(DemoNetwork.token())
                .locationId("LOC1")
                .evseUid("E1")
                .build();
    }

    @Test
    void startSession_acceptedByDefault_resultPostedByCpoCompletesEmspsOperation() throws Exception {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            emsp.register(cpo);

            AsyncOperation<CommandResponse, CommandResult> op =
                    emsp.partner(cpo.partnerId()).commandsReceiver().startSession(start());

            assertThat(op.accepted()).isTrue();
            assertThat(cpo.commands()).singleElement().isInstanceOfSatisfying(StartSession.class, c -> {
                assertThat(c.locationId()).isEqualTo("LOC1");
                assertThat(c.responseUrl())
                        .isEqualTo(op.responseUrl())
                        .startsWith(emsp.versionsUrl().replace("/versions", "/results"));
            });
            cpo.partner(emsp.partnerId())
                    .commandsSender()
                    .postResult(op.responseUrl(), new CommandResult(CommandResultType.ACCEPTED.value(), List.of()));
            assertThat(op.result().get(5, TimeUnit.SECONDS).resultAsString()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void answerCommands_rejected_emspSeesTheRejection() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            emsp.register(cpo);
            cpo.answerCommands(new CommandResponse(CommandResponseType.REJECTED.value(), 0, List.of()));

            AsyncOperation<CommandResponse, CommandResult> op =
                    emsp.partner(cpo.partnerId()).commandsReceiver().startSession(start());

            assertThat(op.accepted()).isFalse();
            assertThat(op.response().resultAsString()).isEqualTo("REJECTED");
            assertThat(op.result()).isCompletedExceptionally();
            assertThat(cpo.commands()).hasSize(1);
        }
    }

    @Test
    void emspPushesToken_cpoKeepsIt() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            emsp.register(cpo);

            emsp.partner(cpo.partnerId()).tokensReceiver().putToken(DemoNetwork.token());

            assertThat(cpo.tokens()).extracting(t -> t.uid()).containsExactly("TOKEN-1");
        }
    }
}
