package se.larmcentral.calls;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CallsStateIndexTest {

    static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");
    static final DialledLine LINE_112 = DialledLine.service(ServiceNumber.EMERGENCY_112);
    static final PhoneNumber CALLER = PhoneNumber.parse("caller", "070-123 45 67");

    final Harness h = new Harness(T0.plus(Duration.ofHours(3)));

    @Test
    void callsQueuedInGivesOnlyTheHalfOpenRangeInOrderOfQueueEntry() {
        h.run(new IntakeCall("late", LINE_112, CALLER, T0.plus(Duration.ofHours(2))));
        h.run(new IntakeCall("early", LINE_112, CALLER, T0));
        h.run(new IntakeCall("same-a", LINE_112, CALLER, T0.plus(Duration.ofHours(1))));
        h.run(new IntakeCall("same-b", LINE_112, CALLER, T0.plus(Duration.ofHours(1))));

        assertThat(h.state.callsQueuedIn(T0, T0.plus(Duration.ofHours(2)))).extracting(Call::id)
                .containsExactly("early", "same-a", "same-b");
        assertThat(h.state.callsQueuedIn(T0.plusMillis(1), T0.plus(Duration.ofHours(3)))).extracting(Call::id)
                .containsExactly("same-a", "same-b", "late");
        assertThat(h.state.callsQueuedIn(T0, T0)).isEmpty();
        assertThat(h.replay().callsQueuedIn(T0, T0.plus(Duration.ofHours(2)))).extracting(Call::id)
                .containsExactly("early", "same-a", "same-b");
    }

    @Test
    void theQueueIndexHoldsOnlyCallsStillWaiting() {
        h.run(new IntakeCall("a", LINE_112, CALLER, T0));
        h.run(new IntakeCall("b", LINE_112, CALLER, T0));
        h.run(new IntakeCall("c", LINE_112, CALLER, T0));
        h.run(new AnswerCall("a"));
        h.run(new AbandonCall("c"));

        assertThat(h.state.queuedCalls()).extracting(Call::id).containsExactly("b");
        assertThat(h.replay().queuedCalls()).extracting(Call::id).containsExactly("b");
    }

    @Test
    void crisisInformationCallsAreIndexedByTheInstantOfClassification() {
        h.run(new IntakeCall("info", LINE_112, CALLER, T0));
        h.run(new IntakeCall("police", LINE_112, CALLER, T0));
        h.run(new AnswerCall("info"));
        h.run(new AnswerCall("police"));
        Instant classifiedAt = h.now;
        h.run(new ClassifyCall("info", Classification.CRISIS_INFORMATION_113_13, null, "water", null));
        h.run(ClassifyCall.as("police", Classification.POLICE));

        assertThat(h.state.crisisInformationCallsClassifiedIn(classifiedAt, classifiedAt.plusSeconds(1)))
                .extracting(Call::id).containsExactly("info");
        assertThat(h.state.crisisInformationCallsClassifiedIn(classifiedAt.plusSeconds(1), classifiedAt.plusSeconds(2)))
                .isEmpty();
    }
}
