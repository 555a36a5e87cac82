package se.larmcentral.calls;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReclassifyCallTest {

    private static final Instant T0 = CallLifecycleTest.T0;
    private final Harness h = new Harness(T0);

    private void classified(String id, Classification classification) {
        h.run(new IntakeCall(id, CallLifecycleTest.LINE_112, CallLifecycleTest.CALLER, T0));
        h.run(new AnswerCall(id));
        h.run(ClassifyCall.as(id, classification));
    }

    @Test
    void aSocialCallBecomesACareCallWithItsReasonAndTheFirstClassificationKept() {
        classified("c1", Classification.SOCIAL);
        h.advance(Duration.ofSeconds(30)).as("anna");

        CallUpdate update = h.run(new ReclassifyCall("c1", Classification.CARE, "the caller has taken pills", null, null, null));

        assertThat(update.explanation()).isEqualTo("reclassified from SOCIAL to CARE: the caller has taken pills");
        Call call = h.state.requireCall("callId", "c1");
        assertThat(call.state()).isEqualTo(CallState.CLASSIFIED);
        assertThat(call.classification().classification()).isEqualTo(Classification.CARE);
        assertThat(call.classification().reason()).isEqualTo("the caller has taken pills");
        assertThat(call.classification().operator()).isEqualTo("anna");
        assertThat(call.classification().replaced().classification()).isEqualTo(Classification.SOCIAL);
        assertThat(call.classification().replaced().replaced()).isNull();
    }

    @Test
    void aCrisisInformationCallLeavesTheTopicCountsWhenReclassified() {
        classified("c1", Classification.POLICE);
        h.run(new ReclassifyCall("c1", Classification.CRISIS_INFORMATION_113_13, "asked about the storm", null, "storm", null));
        assertThat(h.state.crisisInformationCallsClassifiedIn(T0, T0.plusSeconds(60))).extracting(Call::id).containsExactly("c1");

        h.run(new ReclassifyCall("c1", Classification.NOT_AN_EMERGENCY, "wrong number after all", null, null, null));

        assertThat(h.state.crisisInformationCallsClassifiedIn(T0, T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void refusalsNameTheFieldAndRecordNothing() {
        classified("c1", Classification.SOCIAL);
        h.run(new IntakeCall("c2", CallLifecycleTest.LINE_112, CallLifecycleTest.CALLER, T0));
        int before = h.journal.size();

        assertThatThrownBy(() -> h.run(new ReclassifyCall("c1", Classification.CARE, " ", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> h.run(new ReclassifyCall("c1", Classification.SOCIAL, "same", null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already classified as SOCIAL");
        assertThatThrownBy(() -> h.run(new ReclassifyCall("c1", Classification.CRISIS_INFORMATION_113_13, "info", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("crisisTopic");
        assertThatThrownBy(() -> h.run(new ReclassifyCall("c2", Classification.CARE, "care", null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("c2 is QUEUED");
        assertThatThrownBy(() -> h.run(new ReclassifyCall("c1", null, "care", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("classification");
        assertThat(h.journal).hasSize(before);
    }

    @Test
    void aPositionCorrectionNeedsItsReason() {
        classified("c1", Classification.CARE);
        MunicipalityLocation solna = new MunicipalityLocation("0184", "Solna", "in 0184 Solna");

        assertThatThrownBy(() -> h.run(new CorrectPosition("c1", new GeoPoint(59.36, 18.00), null, solna)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    }
}
