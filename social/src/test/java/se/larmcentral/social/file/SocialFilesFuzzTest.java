package se.larmcentral.social.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.fuzz.Fuzzing;
import se.larmcentral.social.ical.RosterCalendarReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 8: the social configuration file, the municipality registry and the iCalendar roster under seeded
 * mutations of real files (the shipped demo configuration and registry, a two-person rotation, and the 800-byte
 * calendar whose BY-parts once exhausted the heap).
 */
class SocialFilesFuzzTest {

    private static final LocalDate FROM = LocalDate.of(2025, 12, 1);
    private static final LocalDate TO = LocalDate.of(2026, 1, 1);

    @Test
    @Timeout(120)
    void everyMutatedConfigurationIsReadOrRefusedNamingItsPlace() {
        Fuzzing.Tally tally = Fuzzing.run("social SocialConfigurationReader",
                List.of(resource("/se/larmcentral/social/demo-stockholm.yaml")), 800, Set.of(DomainException.class),
                unchecked(text -> SocialConfigurationReader.commands(SocialConfigurationReader.read(stream(text)))));
        assertThat(tally.refused()).isPositive();
        assertThat(tally.accepted()).isPositive();
    }

    @Test
    @Timeout(120)
    void everyMutatedRegistryIsReadOrRefusedNamingItsPlace() {
        Fuzzing.Tally tally = Fuzzing.run("social MunicipalityRegistryFile",
                List.of(resource(MunicipalityRegistryFile.RESOURCE)), 500, Set.of(DomainException.class),
                unchecked(text -> MunicipalityRegistryFile.read(stream(text))));
        assertThat(tally.refused()).isPositive();
    }

    @Test
    @Timeout(120)
    void everyMutatedRosterIsReadOrRefusedWithinItsLimits() {
        String rotation = resource("/se/larmcentral/social/jourlista.ics");
        String bomb = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//fuzz//EN
                BEGIN:VEVENT
                UID:bomb@fuzz
                DTSTART:20251201T000000Z
                DTEND:20251201T001500Z
                RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,15,30,45
                ATTENDEE;CN=Bo Ek:tel:+46702222222
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");
        String weekly = rotation.replace("RRULE:FREQ=DAILY;INTERVAL=2", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=20");
        Fuzzing.Tally tally = Fuzzing.run("social RosterCalendarReader (iCalendar)", List.of(rotation, weekly, bomb),
                2_000, Set.of(DomainException.class), unchecked(text -> RosterCalendarReader.read(stream(text), FROM, TO)));
        assertThat(tally.refused()).isPositive();
        assertThat(tally.accepted()).isPositive();
    }

    /** A reader whose IOException (none is expected from text in memory) fails the run as an unexpected exception. */
    private interface Reading {
        Object read(String text) throws IOException;
    }

    private static Consumer<String> unchecked(Reading reading) {
        return text -> {
            try {
                reading.read(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = SocialFilesFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
