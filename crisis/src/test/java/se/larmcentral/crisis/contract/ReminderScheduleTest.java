package se.larmcentral.crisis.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.Actor;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderScheduleTest {

    private final CareContract stockholm = CareContractTest.stockholm("2012-11-01", "2016-10-31");

    @ParameterizedTest(name = "at {0}: reminder {1}")
    @CsvSource({
            // 90 days before 2016-11-01 00:00 local: 2016-08-03 00:00+02:00
            "2016-08-02T21:59:59Z, 0",
            "2016-08-02T22:00:00Z, 90",
            "2016-10-01T21:59:59Z, 90",
            // 30 days before: 2016-10-02 00:00+02:00
            "2016-10-01T22:00:00Z, 30",
            // 7 days before: 2016-10-25 00:00+02:00
            "2016-10-24T22:00:00Z, 7",
            // 1 day before: 2016-10-31 00:00+01:00 (after the clocks went back: the 'day' before it is 25 hours)
            "2016-10-30T22:59:59Z, 7",
            "2016-10-30T23:00:00Z, 1",
            "2016-10-31T22:59:59Z, 1",
            // at the end: no reminder, the hand-over speaks
            "2016-10-31T23:00:00Z, 0",
    })
    void theReminderNearestTheEndWhoseInstantHasPassed(String instant, int days) {
        Optional<ReminderSchedule.Reminder> due = ReminderSchedule.STANDARD.due(stockholm, Instant.parse(instant));
        assertEquals(days, due.map(ReminderSchedule.Reminder::daysBefore).orElse(0));
    }

    @Test
    void aReminderSaysWhichAndWhy() {
        ReminderSchedule.Reminder reminder = ReminderSchedule.STANDARD.due(stockholm,
                Instant.parse("2016-10-30T23:00:00Z")).orElseThrow();
        assertEquals(Instant.parse("2016-10-30T23:00:00Z"), reminder.dueAt());
        assertEquals(Instant.parse("2016-10-31T23:00:00Z"), reminder.endsAt());
        assertEquals("01", reminder.countyCode());
        assertTrue(reminder.reason().contains("upphör 2016-10-31 24:00 (påminnelse 1 dag före)"), reminder.reason());
        assertTrue(reminder.reason().contains("Stockholms läns landsting, egen regi"), reminder.reason());
    }

    @Test
    void aReminderIsDueOncePerEndAndAgainAfterAnExtension() {
        Contracts contracts = new Contracts(List.of(stockholm), ReminderSchedule.STANDARD);
        Instant now = Instant.parse("2016-10-25T08:00:00Z");
        ReminderSchedule.Reminder due = contracts.reminderDue("01", now).orElseThrow();
        contracts.apply(new Recorded(1, now, Actor.SYSTEM, new ContractEvent.ContractReminderGiven("01",
                due.daysBefore(), due.endsAt(), due.reason())));
        assertTrue(contracts.reminderDue("01", now).isEmpty());
        assertEquals(7, contracts.currentReminder("01", now).orElseThrow().daysBefore());
        // extended to 2016-11-05: 7 days before the new end is 2016-10-30 00:00+02:00, a new reminder
        contracts.apply(new Recorded(2, now, Actor.SYSTEM, new ContractEvent.ContractExtended("01",
                java.time.LocalDate.parse("2016-11-05"), java.time.LocalDate.parse("2016-10-25"), "övergång")));
        ReminderSchedule.Reminder again = contracts.reminderDue("01", now).orElseThrow();
        assertEquals(30, again.daysBefore());
        assertEquals(Instant.parse("2016-11-05T23:00:00Z"), again.endsAt());
    }

    @Test
    void remindersAheadAreListedEarliestFirst() {
        assertEquals(List.of(Instant.parse("2016-10-24T22:00:00Z"), Instant.parse("2016-10-30T23:00:00Z")),
                ReminderSchedule.STANDARD.ahead(stockholm, Instant.parse("2016-10-10T00:00:00Z")));
    }

    @Test
    void badSettingsAreRefusedNamingTheEntry() {
        assertEquals("reminders[1]", assertThrows(InvalidInputException.class,
                () -> new ReminderSchedule(List.of(30, 0))).field());
        assertEquals("reminders[2]", assertThrows(InvalidInputException.class,
                () -> new ReminderSchedule(List.of(30, 7, 30))).field());
        assertEquals(List.of(90, 30, 7, 1), new ReminderSchedule(List.of(1, 7, 90, 30)).daysBefore());
    }
}
