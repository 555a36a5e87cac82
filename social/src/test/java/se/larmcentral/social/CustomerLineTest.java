package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.social.Fixture.local;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;

/**
 * A company's on-call line on the social engine (issue 19, item 4): office hours on weekdays forwarded to whoever
 * the roster names, a message at night and on holidays, short hours on eves, a one-off closure, a roster gap falling
 * back to the switchboard, nothing before the agreement; the indexed router and the reference agree on every row.
 */
class CustomerLineTest {

    static final String CUSTOMER = "fastab";
    static final PhoneNumber SWITCHBOARD = PhoneNumber.parse("number", "08-555 100 00");
    static final PhoneNumber LINE = PhoneNumber.parse("number", "08-555 100 99");
    static final PhoneNumber SECOND_LINE = PhoneNumber.parse("number", "08-555 100 98");
    static final String CLOSED = "Fastighetsjouren har stängt. Ring 08-555 100 00 vardagar 08-17.";

    private final Fixture f = companyLine();

    static Fixture companyLine() {
        Fixture f = new Fixture();
        f.submit(new DefineCustomer(new Customer(CUSTOMER, "Fastighets AB Exempel", Customer.Kind.COMPANY), LINE));
        f.submit(new DefineJour(new Jour("fastab-jour", "Fastighetsjouren", SWITCHBOARD, false, "vardagar 08-17", null)));
        List<WeeklyWindow> weekly = new java.util.ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            weekly.add(new WeeklyWindow(d, Window.parse("w", "08:00-17:00")));
        }
        Schedule schedule = new Schedule(weekly, List.of(new DayTypeRule(DayType.PUBLIC_HOLIDAY, List.of()),
                new DayTypeRule(DayType.EVE, List.of(Window.parse("w", "08:00-12:00")))), List.of());
        f.submit(new AddAgreement(CUSTOMER, "fastab-jour", AgreementKind.EXTENDED, LocalDate.of(2025, 1, 1), null, null,
                null, "Fråga efter fastighet och lägenhetsnummer.", CLOSED, true, schedule,
                List.of(new OneOffChange("inventering", LocalDateTime.parse("2025-12-30T08:00"),
                        LocalDateTime.parse("2025-12-30T17:00"), OneOffChange.Action.CLOSE, null, "Stängt för inventering."))));
        f.submit(new AddRosterShifts("fastab-jour", List.of(
                Fixture.shift("2025-12-22T08:00", "2025-12-23T12:00", "Karin Lund", "070-174 06 10"),
                Fixture.shift("2025-12-23T13:00", "2025-12-24T08:00", "Karin Lund", "070-174 06 10"),
                Fixture.shift("2025-12-24T08:00", "2025-12-29T08:00", "Omar Said", "070-174 06 11"))));
        f.submit(new AssignDirectNumber(SECOND_LINE, CUSTOMER));
        return f;
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(nullValues = "-", textBlock = """
            2025-12-22T10:00, FORWARD,       ROSTER_SHIFT,    +46701740610, -
            2025-12-22T20:00, MESSAGE,       OUTSIDE_WINDOWS, -,            Fastighetsjouren har stängt. Ring 08-555 100 00 vardagar 08-17.
            2025-12-23T06:00, MESSAGE,       OUTSIDE_WINDOWS, -,            Fastighetsjouren har stängt. Ring 08-555 100 00 vardagar 08-17.
            2025-12-23T12:30, FORWARD,       ROSTER_GAP,      +46855510000, -
            2025-12-24T10:00, FORWARD,       ROSTER_SHIFT,    +46701740611, -
            2025-12-24T13:00, MESSAGE,       OUTSIDE_WINDOWS, -,            Fastighetsjouren har stängt. Ring 08-555 100 00 vardagar 08-17.
            2025-12-25T10:00, MESSAGE,       OUTSIDE_WINDOWS, -,            Fastighetsjouren har stängt. Ring 08-555 100 00 vardagar 08-17.
            2025-12-26T10:00, MESSAGE,       OUTSIDE_WINDOWS, -,            Fastighetsjouren har stängt. Ring 08-555 100 00 vardagar 08-17.
            2025-12-27T10:00, MESSAGE,       OUTSIDE_WINDOWS, -,            Fastighetsjouren har stängt. Ring 08-555 100 00 vardagar 08-17.
            2025-12-29T10:00, FORWARD,       ROSTER_GAP,      +46855510000, -
            2025-12-30T10:00, MESSAGE,       ONE_OFF_CLOSED,  -,            Stängt för inventering.
            2024-12-30T10:00, NOT_AVAILABLE, NO_AGREEMENT,    -,            Jourlinjen har inget avtal med larmcentralen just nu och kan inte kopplas.
            """)
    void aCompanysLineIsAnsweredByTheRosterInOfficeHoursAndByItsMessageOtherwise(String local, Outcome outcome, Basis basis,
                                                                                String number, String message) {
        SocialDecision d = SocialRouter.routeDirectNumber(f.state, LINE, local(local));
        assertThat(d.outcome()).as(d.explanation().toString()).isEqualTo(outcome);
        assertThat(d.basis()).isEqualTo(basis);
        assertThat(d.municipality()).isEqualTo(CUSTOMER);
        assertThat(d.number() == null ? null : d.number().e164()).isEqualTo(number);
        assertThat(d.message()).isEqualTo(message);
        SocialDecision reference = ReferenceRouter.route(f.state, CUSTOMER, Channel.DIRECT_NUMBER, local(local));
        assertThat(reference.sameEffect(d)).as(reference + " vs " + d).isTrue();
    }

    @Test
    void theDecisionNamesThePersonOnCallAndExplainsWhy() {
        SocialDecision d = SocialRouter.route(f.state, CUSTOMER, Channel.DIRECT_NUMBER, local("2025-12-22T10:00"));
        assertThat(d.targetKind()).isEqualTo(TargetKind.ROSTERED_PERSON);
        assertThat(d.targetName()).isEqualTo("Karin Lund");
        assertThat(d.instructions()).isEqualTo("Fråga efter fastighet och lägenhetsnummer.");
        assertThat(d.explanation()).anyMatch(s -> s.contains("agreement fastab/2025-01-01"))
                .anyMatch(s -> s.contains("weekly MONDAY [08:00-17:00]"));
        assertThat(d.rule()).contains("roster of fastab-jour: ").contains("Karin Lund");
    }

    @Test
    void christmasShowsItsGapsAndTheRosterGap() {
        List<CoverageGap> gaps = CoverageGaps.find(f.state, CUSTOMER, LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 24));
        assertThat(gaps).extracting(CoverageGap::basis)
                .containsExactly(Basis.OUTSIDE_WINDOWS, Basis.ROSTER_GAP, Basis.OUTSIDE_WINDOWS);
        assertThat(gaps.get(1).start()).isEqualTo(local("2025-12-23T12:00"));
        assertThat(gaps.get(1).end()).isEqualTo(local("2025-12-23T13:00"));
    }

    @Test
    void everyNumberOfTheLineRoutesTheSameWay() {
        SocialDecision d = SocialRouter.routeDirectNumber(f.state, SECOND_LINE, local("2025-12-24T10:00"));
        assertThat(d.targetName()).isEqualTo("Omar Said");
        assertThat(d.directNumber()).isEqualTo(SECOND_LINE);
        assertThat(d.channel()).isEqualTo(Channel.DIRECT_NUMBER);
    }

    @Test
    void aCustomerWhoseNumberIsTakenIsNotRegisteredAtAll() {
        assertThatThrownBy(() -> f.submit(new DefineCustomer(new Customer("annan", "Annan AB", Customer.Kind.REGION), LINE)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("fastab");
        assertThat(f.state.customer("annan")).isEmpty();
    }

    @Test
    void aCustomersAgreementLeavesMunicipalitiesAsTheyWere() {
        assertThat(SocialRouter.route(f.state, Fixture.NACKA, Channel.EMERGENCY_112, local("2025-12-22T10:00")).basis())
                .isEqualTo(Basis.NO_AGREEMENT);
    }

    @Test
    void badCustomersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new Customer("0180", "Kommunen", Customer.Kind.MUNICIPALITY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("starting with a letter");
        assertThatThrownBy(() -> new Customer("ok", " ", Customer.Kind.COMPANY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new Customer("ok", "Ok AB", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> f.submit(new DefineCustomer(new Customer(CUSTOMER, "Annan AB", Customer.Kind.COMPANY), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> SocialRouter.route(f.state, "okand", Channel.DIRECT_NUMBER, local("2025-12-22T10:00")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("municipality");
        assertThatThrownBy(() -> f.submit(new AssignDirectNumber(LINE, Fixture.NACKA)))
                .isInstanceOf(ConflictException.class).hasMessageContaining(CUSTOMER);
    }
}
