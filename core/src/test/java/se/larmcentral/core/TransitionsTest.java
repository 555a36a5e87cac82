package se.larmcentral.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small door machine, pair by pair, and the refusals a table gives and the mistakes it will not be built with. */
class TransitionsTest {

    enum Door { OPEN, CLOSED, LOCKED, BRICKED_UP }

    private static final Transitions<Door> DOOR = Transitions.of(Door.class, "door", "position")
            .allow(Door.OPEN, Door.CLOSED)
            .allow(Door.CLOSED, Door.OPEN, Door.LOCKED, Door.BRICKED_UP)
            .allow(Door.LOCKED, Door.CLOSED)
            .allow(Door.BRICKED_UP)
            .build();

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "OPEN, OPEN, false", "OPEN, CLOSED, true", "OPEN, LOCKED, false", "OPEN, BRICKED_UP, false",
            "CLOSED, OPEN, true", "CLOSED, CLOSED, false", "CLOSED, LOCKED, true", "CLOSED, BRICKED_UP, true",
            "LOCKED, OPEN, false", "LOCKED, CLOSED, true", "LOCKED, LOCKED, false", "LOCKED, BRICKED_UP, false",
            "BRICKED_UP, OPEN, false", "BRICKED_UP, CLOSED, false", "BRICKED_UP, LOCKED, false", "BRICKED_UP, BRICKED_UP, false",
    })
    void everyPairIsAllowedExactlyWhenTheTableSaysSo(Door from, Door to, boolean allowed) {
        assertThat(DOOR.isAllowed(from, to)).isEqualTo(allowed);
        assertThat(DOOR.allowedFrom(from).contains(to)).isEqualTo(allowed);
        if (allowed) {
            assertThatCode(() -> DOOR.check("d1", from, to)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> DOOR.check("d1", from, to)).isInstanceOf(ConflictException.class)
                    .hasMessageStartingWith("door d1 is " + from + " and cannot become " + to + "; from " + from + " it may become: ")
                    .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("position"));
        }
    }

    @Test
    void aRefusalListsTheAllowedStatesInTheEnumsOrder() {
        assertThatThrownBy(() -> DOOR.check("d1", Door.CLOSED, Door.CLOSED))
                .hasMessage("door d1 is CLOSED and cannot become CLOSED; from CLOSED it may become: OPEN, LOCKED, BRICKED_UP");
        assertThatThrownBy(() -> DOOR.check("d1", Door.BRICKED_UP, Door.OPEN))
                .hasMessage("door d1 is BRICKED_UP and cannot become OPEN; from BRICKED_UP it may become: nothing (its life is over)");
    }

    @Test
    void theAllowedStatesCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> DOOR.allowedFrom(Door.OPEN).add(Door.LOCKED)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(DOOR.allowedFrom(Door.OPEN)).isEqualTo(EnumSet.of(Door.CLOSED));
    }

    @Test
    void aTableWithoutARowForEveryStateOrWithTwoRowsForOneIsNotBuilt() {
        assertThatThrownBy(() -> Transitions.of(Door.class, "door", "position").allow(Door.OPEN, Door.CLOSED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the table has no row for [CLOSED, LOCKED, BRICKED_UP]");
        assertThatThrownBy(() -> Transitions.of(Door.class, "door", "position").allow(Door.OPEN).allow(Door.OPEN, Door.CLOSED))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the table has two rows for OPEN");
    }
}
