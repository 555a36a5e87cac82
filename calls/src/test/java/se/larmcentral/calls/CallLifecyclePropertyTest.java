package se.larmcentral.calls;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.larmcentral.core.Command;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded random sequences of commands: the state only ever moves along the table, refusals record nothing. */
class CallLifecyclePropertyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 42, 1234, 98765, 31337})
    void randomCommandSequencesKeepEveryCallOnTheTable(long seed) {
        Random random = new Random(seed);
        Harness h = new Harness(Instant.parse("2025-06-01T00:00:00Z"));
        PhoneNumber caller = PhoneNumber.parse("caller", "070-123 45 67");
        Classification[] kinds = {Classification.POLICE, Classification.NOT_AN_EMERGENCY, Classification.HUNG_UP,
                Classification.CARE, Classification.RESCUE_SERVICE};
        int refusals = 0;
        for (int step = 0; step < 400; step++) {
            h.advance(Duration.ofMillis(random.nextInt(5000)));
            String id = "c" + random.nextInt(6);
            CallState before = h.state.call(id).map(Call::state).orElse(null);
            Command<CallsState, CallUpdate> command = switch (random.nextInt(6)) {
                case 0 -> new IntakeCall(id, DialledLine.service(ServiceNumber.EMERGENCY_112), caller,
                        h.state.call(id).map(Call::queuedAt).orElse(h.now));
                case 1 -> new AnswerCall(id);
                case 2 -> new AbandonCall(id);
                case 3 -> ClassifyCall.as(id, kinds[random.nextInt(kinds.length)]);
                case 4 -> new MarkHandled(id, "done");
                default -> new CloseCall(id);
            };
            int journalBefore = h.journal.size();
            try {
                CallUpdate update = h.run(command);
                CallState after = h.state.call(id).orElseThrow().state();
                assertThat(update.state()).isEqualTo(after);
                if (before == null) {
                    assertThat(after).isEqualTo(CallState.QUEUED);
                } else if (after != before) {
                    assertThat(CallTransitions.TABLE.isAllowed(before, after)).as(before + " -> " + after).isTrue();
                } else {
                    assertThat(update.recorded()).isFalse();
                }
            } catch (DomainException refused) {
                refusals++;
                assertThat(h.journal).hasSize(journalBefore);
                assertThat(h.state.call(id).map(Call::state).orElse(null)).isEqualTo(before);
            }
        }
        assertThat(refusals).isPositive();
        for (Call call : h.state.calls()) {
            var steps = call.transitions();
            assertThat(steps.getFirst().to()).isEqualTo(CallState.QUEUED);
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).from()).isEqualTo(steps.get(i - 1).to());
                assertThat(CallTransitions.TABLE.isAllowed(steps.get(i).from(), steps.get(i).to())).isTrue();
                assertThat(steps.get(i).at()).isAfterOrEqualTo(steps.get(i - 1).at());
            }
            assertThat(call.state()).isEqualTo(steps.getLast().to());
        }
        CallsState replayed = h.replay();
        assertThat(replayed.calls()).containsExactlyElementsOf(h.state.calls());
    }
}
