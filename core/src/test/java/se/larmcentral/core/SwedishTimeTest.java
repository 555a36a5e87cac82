package se.larmcentral.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SwedishTimeTest {

    @Test
    void parsesInstantsWithOffset() {
        assertThat(SwedishTime.parseInstant("at", "2017-12-23T17:00+01:00"))
                .isEqualTo(Instant.parse("2017-12-23T16:00:00Z"));
    }

    @Test
    void refusesLocalTimeWithoutOffset() {
        assertThatThrownBy(() -> SwedishTime.parseInstant("at", "2025-12-24T18:00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at:")
                .hasMessageContaining("offset");
    }
}
