package se.larmcentral.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks every command shares, as tables: ids, free text, time windows, durations from stored instants. */
class InputValidatorsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @ParameterizedTest(name = "id [{0}] accepted: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            C-1                                 | true
            AMB-101                             | true
            a84b4c76e66710@pc33.example.com     | true
            +46114140000                        | true
            sthlm:incident:2026-0001            | true
            x_y.z                               | true
            "C 1"                               | false
            " C1"                               | false
            ../etc/passwd                       | false
            ..                                  | false
            a..b                                | false
            a/b                                 | false
            a\\b                                | false
            -C1                                 | false
            .hidden                             | false
            Ä-1                                 | false
            C-1;DROP                            | false
            "C'1"                               | false
            """)
    void identifiers(String id, boolean accepted) {
        assertThat(Identifier.isValid(id)).isEqualTo(accepted);
        if (accepted) {
            assertThat(Identifier.require("callId", id)).isEqualTo(id);
        } else {
            assertThatThrownBy(() -> Identifier.require("callId", id)).isInstanceOf(InvalidInputException.class)
                    .extracting("field").isEqualTo("callId");
        }
    }

    @ParameterizedTest(name = "id with U+{0} refused")
    @CsvSource({"0000", "0007", "000A", "001B", "007F", "0085", "200B", "200D", "200E", "202E", "2066", "FEFF"})
    void identifiersWithInvisibleCharactersAreRefusedAndShownAsCodePoints(String hex) {
        String id = "C" + (char) Integer.parseInt(hex, 16) + "1";
        assertThatThrownBy(() -> Identifier.require("callId", id)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("callId").hasMessageContaining("C" + "U+" + hex + "1");
    }

    @Test
    void identifiersAreRefusedWhenMissingOrTooLong() {
        assertThatThrownBy(() -> Identifier.require("unitId", null)).hasMessage("unitId: is missing");
        assertThatThrownBy(() -> Identifier.require("unitId", " ")).hasMessage("unitId: is missing");
        assertThat(Identifier.require("unitId", "a".repeat(100))).hasSize(100);
        assertThatThrownBy(() -> Identifier.require("unitId", "a".repeat(101))).hasMessageContaining("longer than 100");
        assertThat(Identifier.optional("unitId", null)).isNull();
    }

    @ParameterizedTest(name = "segmented id [{0}] accepted: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0125/2025-01-01 | true
            C-1             | true
            a/b/c           | true
            /a              | false
            a/              | false
            a//b            | false
            ../etc          | false
            a/../b          | false
            a/.b            | false
            """)
    void segmentedIdentifiers(String id, boolean accepted) {
        if (accepted) {
            assertThat(Identifier.requireSegments("agreement.id", id)).isEqualTo(id);
        } else {
            assertThatThrownBy(() -> Identifier.requireSegments("agreement.id", id))
                    .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("agreement.id");
        }
    }

    @ParameterizedTest(name = "text U+{0}: one line {1}, several lines {2}")
    @CsvSource(textBlock = """
            0041, true,  true
            00E5, true,  true
            0009, false, true
            000A, false, true
            000D, false, true
            0000, false, false
            0007, false, false
            001B, false, false
            007F, false, false
            0085, false, false
            009F, false, false
            061C, false, false
            200B, false, false
            200C, false, false
            200D, false, false
            200E, false, false
            200F, false, false
            202A, false, false
            202E, false, false
            2060, false, false
            2066, false, false
            2069, false, false
            2028, false, false
            FEFF, false, false
            D800, false, false
            """)
    void freeText(String hex, boolean oneLine, boolean lines) {
        String text = "note " + (char) Integer.parseInt(hex, 16) + " end";
        assertThat(FreeText.refused(text, false) == null).isEqualTo(oneLine);
        assertThat(FreeText.refused(text, true) == null).isEqualTo(lines);
        if (!lines) {
            assertThatThrownBy(() -> FreeText.multiLine("note", text)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("note: holds").hasMessageContaining("U+" + hex).hasMessageContaining("position 6");
        }
    }

    @Test
    void freeTextKeepsLettersOfEveryScriptAndEmoji() {
        assertThat(FreeText.multiLine("note", "Åsa på Sveavägen 44 🚑\nمرحبا 你好")).isNotNull();
        assertThat(FreeText.singleLine("note", null)).isNull();
    }

    @ParameterizedTest(name = "{0} {1} from now: {2}")
    @CsvSource(textBlock = """
            OBSERVED, -PT24H,           true
            OBSERVED, -PT24H0.000001S,  false
            OBSERVED, PT2S,             true
            OBSERVED, PT2.000001S,      false
            OBSERVED, PT0S,             true
            RECORDED, -P10957D,         true
            RECORDED, -P10958D,         false
            RECORDED, P9131D,           true
            RECORDED, P9132D,           false
            """)
    void timeWindows(String window, String offset, boolean accepted) {
        TimeWindow chosen = window.equals("OBSERVED") ? TimeWindow.OBSERVED : TimeWindow.RECORDED;
        Instant value = NOW.plus(Duration.parse(offset));
        if (accepted) {
            assertThat(chosen.check("queuedAt", value, NOW)).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> chosen.check("queuedAt", value, NOW)).isInstanceOf(InvalidInputException.class)
                    .extracting("field").isEqualTo("queuedAt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-999999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z"})
    void absurdInstantsAreOutsideEveryWindow(String instant) {
        Instant value = Instant.parse(instant);
        assertThatThrownBy(() -> TimeWindow.OBSERVED.check("queuedAt", value, NOW)).hasMessageContaining("check the sender's clock");
        assertThatThrownBy(() -> TimeWindow.RECORDED.check("validTo", value, NOW)).hasMessageContaining("validTo");
        assertThat(TimeWindow.OBSERVED.check("queuedAt", null, NOW)).isNull();
    }

    @Test
    void durationsBetweenStoredInstantsNeverOverflow() {
        Instant first = Instant.parse("-999999999-01-01T00:00:00Z");
        Instant last = Instant.parse("+999999999-12-31T23:59:59Z");
        assertThat(Elapsed.between(first, NOW)).isEqualTo(Elapsed.LIMIT);
        assertThat(Elapsed.between(last, NOW)).isEqualTo(Elapsed.LIMIT.negated());
        assertThat(Elapsed.seconds(Elapsed.between(first, last))).isEqualTo(Elapsed.LIMIT.toMillis() / 1000.0);
        assertThat(Elapsed.between(NOW, NOW.plusMillis(1500))).isEqualTo(Duration.ofMillis(1500));
        assertThat(Elapsed.LIMIT.toNanos()).isPositive(); // the limit itself fits in nanoseconds
    }
}
