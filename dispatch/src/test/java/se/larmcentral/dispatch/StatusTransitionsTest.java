package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.core.ConflictException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.UnitStatus.*;

class StatusTransitionsTest {

    /** The table as DOMAIN.md and the README state it, written out independently of the production code. */
    private static final Map<UnitStatus, String> EXPECTED = Map.ofEntries(
            Map.entry(AVAILABLE_AT_STATION, "AVAILABLE_MOBILE ALERTED TEMPORARILY_UNAVAILABLE OUT_OF_SERVICE"),
            Map.entry(AVAILABLE_MOBILE, "AVAILABLE_AT_STATION ALERTED TEMPORARILY_UNAVAILABLE OUT_OF_SERVICE"),
            Map.entry(ALERTED, "ALERTED ACKNOWLEDGED CLEAR"),
            Map.entry(ACKNOWLEDGED, "ALERTED EN_ROUTE CLEAR"),
            Map.entry(EN_ROUTE, "ALERTED ON_SCENE CLEAR"),
            Map.entry(ON_SCENE, "TRANSPORT CLEAR"),
            Map.entry(TRANSPORT, "AT_HOSPITAL"),
            Map.entry(AT_HOSPITAL, "CLEAR ALERTED"),
            Map.entry(CLEAR, "AVAILABLE_AT_STATION AVAILABLE_MOBILE ALERTED TEMPORARILY_UNAVAILABLE OUT_OF_SERVICE"),
            Map.entry(TEMPORARILY_UNAVAILABLE, "AVAILABLE_AT_STATION AVAILABLE_MOBILE OUT_OF_SERVICE"),
            Map.entry(OUT_OF_SERVICE, "AVAILABLE_AT_STATION AVAILABLE_MOBILE"));

    private static Set<UnitStatus> expectedFrom(UnitStatus from) {
        return Arrays.stream(EXPECTED.get(from).split(" ")).map(UnitStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitStatus.class)));
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (UnitStatus from : UnitStatus.values()) {
            for (UnitStatus to : UnitStatus.values()) {
                pairs.add(Arguments.of(from, to, expectedFrom(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @Test
    void theExpectedTableCoversEveryStatus() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(UnitStatus.values());
        assertThat(everyPair()).hasSize(UnitStatus.values().length * UnitStatus.values().length);
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed {2}")
    @MethodSource("everyPair")
    void everyPairIsAllowedOrRefusedAsTheTableSays(UnitStatus from, UnitStatus to, boolean allowed) {
        assertThat(StatusTransitions.TABLE.isAllowed(from, to)).isEqualTo(allowed);
        if (allowed) {
            StatusTransitions.TABLE.check("AMB-1", from, to);
        } else {
            assertThatThrownBy(() -> StatusTransitions.TABLE.check("AMB-1", from, to))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("unit AMB-1 is " + from + " and cannot become " + to)
                    .satisfies(e -> expectedFrom(from).forEach(a -> assertThat(e.getMessage()).contains(a.name())))
                    .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("status"));
        }
    }

    @Test
    void noStatusIsADeadEnd() {
        for (UnitStatus from : UnitStatus.values()) {
            assertThat(StatusTransitions.TABLE.allowedFrom(from)).as("from " + from).isNotEmpty();
        }
    }
}
