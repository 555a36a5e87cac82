package se.larmcentral.centre;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The backstop walks every value of an event, through records, lists and maps, and names the path of the one at fault. */
class EventValuesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final EventValues values = new EventValues();

    record Address(Map<String, String> elements, Double radius) {
    }

    record Report(String unitId, String note, Instant at, Address address, List<String> areaCodes, LocalDate day,
                  Duration shift, String crisisMessageId) implements DomainEvent {
    }

    private static Report report() {
        return new Report("AMB-101", "two\nlines\tand åäö 🚑", NOW, new Address(Map.of("RD", "Sveavägen"), 30.0),
                List.of("0180", "0120"), LocalDate.of(2026, 12, 7), Duration.ofHours(8), "");
    }

    private void refused(Report report, String path, String reason) {
        assertThatThrownBy(() -> values.check(report, NOW)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo(path);
        assertThatThrownBy(() -> values.check(report, NOW)).hasMessageContaining(reason);
    }

    @Test
    void aPlainEventPasses() {
        assertThatCode(() -> values.check(report(), NOW)).doesNotThrowAnyException();
        Report nulls = new Report("AMB-1", null, null, null, List.of(), null, null, null);
        assertThatCode(() -> values.check(nulls, NOW)).doesNotThrowAnyException();
    }

    @Test
    void eachKindOfValueIsRefusedByItsPath() {
        Report r = report();
        refused(new Report("../x", r.note(), r.at(), r.address(), r.areaCodes(), r.day(), r.shift(), ""), "unitId", "must be an id");
        refused(new Report("A", "rtl \u202E", r.at(), r.address(), r.areaCodes(), r.day(), r.shift(), ""), "note", "U+202E");
        refused(new Report("A", "nul \u0000", r.at(), r.address(), r.areaCodes(), r.day(), r.shift(), ""), "note", "U+0000");
        refused(new Report("A", "", Instant.parse("-999999999-01-01T00:00:00Z"), r.address(), r.areaCodes(), r.day(),
                r.shift(), ""), "at", "before now");
        refused(new Report("A", "", r.at(), new Address(Map.of("RD", "Svea\u200Bvägen"), 1.0), r.areaCodes(), r.day(),
                r.shift(), ""), "address.elements.RD", "U+200B");
        refused(new Report("A", "", r.at(), new Address(Map.of(), Double.NaN), r.areaCodes(), r.day(), r.shift(), ""),
                "address.radius", "finite");
        refused(new Report("A", "", r.at(), r.address(), List.of("0180", "01\u000120"), r.day(), r.shift(), ""),
                "areaCodes[1]", "U+0001");
        refused(new Report("A", "", r.at(), r.address(), r.areaCodes(), LocalDate.of(1, 1, 1), r.shift(), ""),
                "day", "year 1");
        refused(new Report("A", "", r.at(), r.address(), r.areaCodes(), r.day(), Duration.ofDays(1_000_000), ""),
                "shift", "longer than");
        refused(new Report("A", "", r.at(), r.address(), r.areaCodes(), r.day(), r.shift(), "M 1"), "crisisMessageId",
                "must be an id");
    }
}
