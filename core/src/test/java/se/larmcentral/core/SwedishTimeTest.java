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

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} reads {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "2017-12-23T15:59:59Z,     2017-12-23T16:59:59+01:00",
            "2025-07-01T10:00:00.123Z, 2025-07-01T12:00:00+02:00",
            "2025-10-26T00:30:00Z,     2025-10-26T02:30:00+02:00",
            "2025-10-26T01:30:00Z,     2025-10-26T02:30:00+01:00"})
    void anInstantReadsInSwedishLocalTimeWithItsOffset(String instant, String text) {
        assertThat(SwedishTime.text(Instant.parse(instant))).isEqualTo(text);
    }
}
