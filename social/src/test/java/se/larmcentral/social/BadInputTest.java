package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.social.Fixture.local;
import static se.larmcentral.social.Fixture.shift;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;

/** Every bad input gets a clear error naming the field, and nothing is stored. */
class BadInputTest {

    private final Fixture f = new Fixture().jour("city");

    private void refused(ThrowingCallable call, Class<? extends DomainException> type, String field, String... words) {
        int before = f.journal.size();
        var thrown = assertThatThrownBy(call).isInstanceOf(type);
        thrown.extracting(e -> ((DomainException) e).field()).isEqualTo(field);
        for (String w : words) {
            thrown.hasMessageContaining(w);
        }
        assertThat(f.journal).hasSize(before);
    }

    @Test
    void unknownMunicipalityCode() {
        refused(() -> f.route("0199", local("2025-01-01T12:00")), NotFoundException.class, "municipality", "0199");
        refused(() -> f.submit(AddAgreement.basic("0199", "city", LocalDate.of(2025, 1, 1), null, null, false, null)),
                NotFoundException.class, "municipality", "0199");
        refused(() -> RouteRequest.parse("18O", null, null, "2025-01-01T12:00+01:00"), InvalidInputException.class, "municipality");
    }

    @Test
    void unknownDirectNumber() {
        refused(() -> SocialRouter.routeDirectNumber(f.state, PhoneNumber.parse("n", "08-123 456 78"), local("2025-01-01T12:00")),
                NotFoundException.class, "directNumber", "+46812345678");
    }

    @Test
    void anInstantWithoutZoneOffset() {
        refused(() -> RouteRequest.parse("0180", null, null, "2025-12-24T18:00"), InvalidInputException.class, "at",
                "zone offset");
    }

    @Test
    void aPhoneNumberThatIsNotSwedishOrE164() {
        refused(() -> RouteRequest.parse(null, "12345", null, "2025-12-24T18:00+01:00"), InvalidInputException.class,
                "directNumber", "12345");
        refused(() -> PhoneNumber.parse("forwardingNumber", "08-1"), InvalidInputException.class, "forwardingNumber");
    }

    @Test
    void aWindowThatEndsWhenItStarts() {
        refused(() -> Window.parse("weekly[0]", "16:00-16:00"), InvalidInputException.class, "weekly[0]", "ends when it starts");
        refused(() -> Window.parse("weekly[1]", "16:00-25:00"), InvalidInputException.class, "weekly[1]");
    }

    @Test
    void overlappingRosterShiftsAreRefusedNamingBoth() {
        refused(() -> f.submit(new AddRosterShifts("city", List.of(
                        shift("2025-06-16T08:00", "2025-06-16T16:00", "Anna Berg", "070-111 11 11"),
                        shift("2025-06-16T15:00", "2025-06-16T23:00", "Bo Ek", "070-222 22 22")))),
                ConflictException.class, "shifts[1]", "Anna Berg", "Bo Ek", "shifts[0]");
        f.submit(new AddRosterShifts("city", List.of(shift("2025-06-16T08:00", "2025-06-16T16:00", "Anna Berg", "070-111 11 11"))));
        refused(() -> f.submit(new AddRosterShifts("city", List.of(
                        shift("2025-06-16T16:00", "2025-06-16T20:00", "Cecilia", "070-333 33 33"),
                        shift("2025-06-16T07:00", "2025-06-16T09:00", "Bo Ek", "070-222 22 22")))),
                ConflictException.class, "shifts[1]", "Anna Berg", "Bo Ek");
        assertThat(f.state.roster("city").size()).isEqualTo(1);
    }

    @Test
    void aShiftThatEndsBeforeItStarts() {
        refused(() -> shift("2025-06-16T16:00", "2025-06-16T08:00", "Anna Berg", "070-111 11 11"), InvalidInputException.class, "end");
    }

    @Test
    void anAgreementThatEndsBeforeItBegins() {
        refused(() -> f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31), null, false, null)),
                InvalidInputException.class, "validUntil", "2024-12-31");
        String id = f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2025, 1, 1), null, null, false, null));
        refused(() -> f.submit(new EndAgreement(id, LocalDate.of(2025, 1, 1))), InvalidInputException.class, "validUntil");
    }

    @Test
    void anEndBeforeNowIsRefusedNamingValidUntil() {
        // Fixture.NOW is 2025-01-01T00:00Z, 01:00 Swedish time on 1 January 2025.
        String id = f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2018, 1, 1), null, null, false, null));
        refused(() -> f.submit(new EndAgreement(id, LocalDate.of(2024, 6, 1))), InvalidInputException.class, "validUntil",
                "2024-06-01", "before now");
        refused(() -> f.submit(new EndAgreement(id, LocalDate.of(2025, 1, 1))), InvalidInputException.class, "validUntil",
                "before now");
        assertThat(f.state.requireAgreement("id", id).validUntil()).isNull();
        f.submit(new EndAgreement(id, LocalDate.of(2025, 1, 2)));
        assertThat(f.state.requireAgreement("id", id).validUntil()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void anEndedAgreementIsNotReopenedByALaterEnd() {
        String ended = f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2018, 1, 1), LocalDate.of(2020, 1, 1),
                null, false, null));
        refused(() -> f.submit(new EndAgreement(ended, LocalDate.of(2026, 1, 1))), ConflictException.class, "validUntil",
                "0180/2018-01-01", "ended 2020-01-01");
        refused(() -> f.submit(new EndAgreement(ended, LocalDate.of(2021, 1, 1))), ConflictException.class, "validUntil",
                "0180/2018-01-01");
        assertThat(f.state.requireAgreement("id", ended).validUntil()).isEqualTo(LocalDate.of(2020, 1, 1));
        // An end still to come may be moved later: nothing has happened under it yet.
        String running = f.submit(AddAgreement.basic(Fixture.NACKA, "city", LocalDate.of(2018, 1, 1), LocalDate.of(2025, 6, 1),
                null, false, null));
        f.submit(new EndAgreement(running, LocalDate.of(2026, 1, 1)));
        assertThat(f.state.requireAgreement("id", running).validUntil()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void anOverlappingAgreementIsRefusedNamingTheOther() {
        f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2018, 1, 1), LocalDate.of(2026, 1, 1), null, false, null));
        refused(() -> f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2025, 6, 1), null, null, false, null)),
                ConflictException.class, "validFrom", "0180/2018-01-01");
        // Following on directly is fine: validity excludes its end.
        f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2026, 1, 1), null, null, false, null));
        refused(() -> f.submit(new EndAgreement("0180/2018-01-01", LocalDate.of(2026, 2, 1))), ConflictException.class,
                "validUntil", "0180/2026-01-01");
        assertThat(f.state.agreementsOf(Fixture.STOCKHOLM)).hasSize(2);
    }

    @Test
    void aBasicAgreementWithoutANumberAnsweredRoundTheClock() {
        f.submit(new DefineJour(new Jour("dagtid", "Socialkontoret", Fixture.JOUR_NUMBER, false, "08-16", null)));
        refused(() -> f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "dagtid", LocalDate.of(2025, 1, 1), null, null, false, null)),
                InvalidInputException.class, "forwardingNumber", "round the clock");
        f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "dagtid", LocalDate.of(2025, 1, 1), null, Fixture.OTHER_NUMBER, true, "Talsvar"));
        assertThat(f.state.agreementsOf(Fixture.STOCKHOLM)).hasSize(1);
    }

    @Test
    void aBasicAgreementsOwnNumberNeedsTheStatementThatItIsAnsweredRoundTheClock() {
        refused(() -> f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2025, 1, 1), null, Fixture.OTHER_NUMBER,
                false, "Talsvar")), InvalidInputException.class, "answeredAroundTheClock", "0180/2025-01-01", "070-123 45 67",
                "round the clock");
        refused(() -> f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2025, 1, 1), null, null, true, null)),
                InvalidInputException.class, "answeredAroundTheClock", "no forwarding number");
        String id = f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2025, 1, 1), null, Fixture.OTHER_NUMBER,
                true, "Talsvar"));
        assertThat(f.state.requireAgreement("id", id).answeredAroundTheClock()).isTrue();
        // An extended agreement connects only at its set times: it states nothing about its own number.
        f.submit(new AddAgreement(Fixture.NACKA, "city", AgreementKind.EXTENDED, LocalDate.of(2025, 1, 1), null,
                Fixture.OTHER_NUMBER, null, null, "Stängt.", false, Fixture.weekly("MONDAY 16:00-08:00"), List.of()));
        assertThat(f.state.agreementsOf(Fixture.NACKA)).hasSize(1);
    }

    @Test
    void addOnsNeedAnExtendedAgreement() {
        refused(() -> f.submit(new AddAgreement(Fixture.STOCKHOLM, "city", AgreementKind.BASIC, LocalDate.of(2025, 1, 1), null,
                null, null, "Instruktion", null, false, Schedule.NONE, List.of())), InvalidInputException.class, "instructions", "EXTENDED");
        String id = f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "city", LocalDate.of(2025, 1, 1), null, null, false, null));
        refused(() -> f.submit(new SetSchedule(id, Fixture.weekly("MONDAY 16:00-08:00"))), InvalidInputException.class, "schedule", "BASIC");
    }

    @Test
    void setTimesWithoutTheMunicipalitysMessage() {
        refused(() -> f.submit(new AddAgreement(Fixture.STOCKHOLM, "city", AgreementKind.EXTENDED, LocalDate.of(2025, 1, 1), null,
                null, null, null, null, false, Fixture.weekly("MONDAY 16:00-08:00"), List.of())), InvalidInputException.class, "message");
    }

    @Test
    void unknownJourAndDuplicateJour() {
        refused(() -> f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "nosuch", LocalDate.of(2025, 1, 1), null, null, false, null)),
                NotFoundException.class, "jourId", "nosuch");
        refused(() -> f.jour("city"), ConflictException.class, "jour", "city");
        refused(() -> new Jour("Bad Id", "x", null, false, null, null), InvalidInputException.class, "jour");
    }

    @Test
    void overlappingOneOffChangesAndDirectNumbers() {
        String id = f.extended(Fixture.STOCKHOLM, "city", Schedule.NONE, false);
        f.submit(new AddOneOffChange(id, new OneOffChange("a", java.time.LocalDateTime.parse("2025-12-31T12:00"),
                java.time.LocalDateTime.parse("2026-01-02T08:00"), OneOffChange.Action.CLOSE, null, null)));
        refused(() -> f.submit(new AddOneOffChange(id, new OneOffChange("b", java.time.LocalDateTime.parse("2026-01-01T12:00"),
                java.time.LocalDateTime.parse("2026-01-03T08:00"), OneOffChange.Action.CLOSE, null, null))),
                ConflictException.class, "oneOffChanges[1]", "b", "a");
        PhoneNumber direct = PhoneNumber.parse("n", "08-123 456 78");
        f.submit(new AssignDirectNumber(direct, Fixture.STOCKHOLM));
        refused(() -> f.submit(new AssignDirectNumber(direct, Fixture.NACKA)), ConflictException.class, "number", "0180");
        refused(() -> f.submit(new AssignDirectNumber(PhoneNumber.parse("n", "08-123 456 79"), "9999")), NotFoundException.class, "municipality");
    }
}
