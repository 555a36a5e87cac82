package se.larmcentral.calls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.core.ConflictException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.calls.CallState.*;

class CallTransitionsTest {

    /** The table as the issue states it, written out independently of the production table. */
    private static final Map<CallState, Set<CallState>> EXPECTED = Map.of(
            QUEUED, EnumSet.of(ANSWERED, ABANDONED),
            ANSWERED, EnumSet.of(CLASSIFIED),
            CLASSIFIED, EnumSet.of(HANDLED),
            HANDLED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CallState.class),
            ABANDONED, EnumSet.noneOf(CallState.class));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (CallState from : CallState.values()) {
            for (CallState to : CallState.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsAllowedExactlyWhenTheTableSaysSo(CallState from, CallState to) {
        boolean expected = EXPECTED.get(from).contains(to);
        assertThat(CallTransitions.TABLE.isAllowed(from, to)).isEqualTo(expected);
        if (expected) {
            assertThatCode(() -> CallTransitions.TABLE.check("c1", from, to)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CallTransitions.TABLE.check("c1", from, to))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("call c1 is " + from)
                    .hasMessageContaining("cannot become " + to)
                    .extracting(e -> ((ConflictException) e).field()).isEqualTo("state");
        }
    }

    @Test
    void finalStatesAllowNothingAndSaySo() {
        assertThat(CLOSED.isFinal()).isTrue();
        assertThat(ABANDONED.isFinal()).isTrue();
        assertThat(EnumSet.complementOf(EnumSet.of(CLOSED, ABANDONED))).allMatch(s -> !s.isFinal());
        assertThatThrownBy(() -> CallTransitions.TABLE.check("c9", CLOSED, ANSWERED))
                .hasMessageContaining("it may become: nothing (its life is over)");
    }

    @Test
    void everyStateCanBeReachedFromQueued() {
        Set<CallState> reached = EnumSet.of(QUEUED);
        List<CallState> frontier = new ArrayList<>(List.of(QUEUED));
        while (!frontier.isEmpty()) {
            CallState next = frontier.removeFirst();
            for (CallState to : CallTransitions.TABLE.allowedFrom(next)) {
                if (reached.add(to)) {
                    frontier.add(to);
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CallState.values());
    }
}
