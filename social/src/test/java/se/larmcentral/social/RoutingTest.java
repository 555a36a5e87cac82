package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.social.Fixture.local;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;

/** Basic service, shared jours, direct numbers, recorded outcomes and statistics, replay. */
class RoutingTest {

    private final Fixture f = new Fixture().jour("sydost");

    @Test
    void aBasicAgreementForwardsEveryCallAndTellsWhatTheNumberDoesOutsideHours() {
        f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "sydost", LocalDate.of(2018, 1, 1), null, Fixture.OTHER_NUMBER, true,
                "Utanför jourtid: talsvar hänvisar till 08-508 00 000."));
        SocialDecision d = f.route(Fixture.STOCKHOLM, local("2025-07-01T03:00"));
        assertThat(d.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(d.number()).isEqualTo(Fixture.OTHER_NUMBER);
        assertThat(d.targetKind()).isEqualTo(TargetKind.FORWARDING_NUMBER);
        assertThat(d.outsideHours()).contains("talsvar");
        assertThat(d.instructions()).isNull();
    }

    @Test
    void aBasicAgreementOnTheJoursNumberTellsWhatTheJourRecordsForOutsideItsHours() {
        f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "sydost", LocalDate.of(2018, 1, 1), null, null, false, null));
        SocialDecision d = f.route(Fixture.STOCKHOLM, local("2025-07-01T03:00"));
        assertThat(d.targetKind()).isEqualTo(TargetKind.JOUR);
        assertThat(d.number()).isEqualTo(Fixture.JOUR_NUMBER);
        assertThat(d.outsideHours()).isEqualTo("talsvar hänvisar till växeln");
        assertThat(ReferenceRouter.route(f.state, Fixture.STOCKHOLM, Channel.EMERGENCY_112, local("2025-07-01T03:00"))
                .outsideHours()).isEqualTo("talsvar hänvisar till växeln");
    }

    @Test
    void theAgreementsOwnOutsideHoursTextOverridesTheJours() {
        f.submit(AddAgreement.basic(Fixture.NACKA, "sydost", LocalDate.of(2018, 1, 1), null, null, false, "Nackas talsvar"));
        assertThat(f.route(Fixture.NACKA, local("2025-07-01T03:00")).outsideHours()).isEqualTo("Nackas talsvar");
    }

    @Test
    void anExtendedAgreementOnTheJoursNumberCarriesNoOutsideHoursText() {
        f.extended(Fixture.NACKA, "sydost", Schedule.NONE, false);
        SocialDecision d = f.route(Fixture.NACKA, local("2025-07-01T03:00"));
        assertThat(d.targetKind()).isEqualTo(TargetKind.JOUR);
        assertThat(d.outsideHours()).isNull();
    }

    @Test
    void aSharedJourChangedOnceChangesItForEveryMunicipalityItServes() {
        for (String m : new String[] {"0182", "0138", "0120"}) {
            f.extended(m, "sydost", Schedule.NONE, false);
        }
        PhoneNumber newNumber = PhoneNumber.parse("n", "08-718 99 99");
        var served = f.submit(new ChangeJour(new Jour("sydost", "Socialjour Sydost", newNumber, true, null, null)));
        assertThat(served).containsExactly("0120", "0138", "0182");
        for (String m : served) {
            SocialDecision d = f.route(m, local("2025-07-01T03:00"));
            assertThat(d.number()).isEqualTo(newNumber);
            assertThat(d.targetName()).isEqualTo("Socialjour Sydost");
            assertThat(d.instructions()).isEqualTo("Fråga efter adressen.");
        }
    }

    @Test
    void aJourChangeThatWouldLeaveABasicAgreementWithoutA24HourNumberIsRefused() {
        f.submit(AddAgreement.basic(Fixture.NACKA, "sydost", LocalDate.of(2018, 1, 1), null, null, false, null));
        assertThatThrownBy(() -> f.submit(new ChangeJour(new Jour("sydost", "Sydost", Fixture.JOUR_NUMBER, false, null, null))))
                .hasMessageContaining("round the clock");
    }

    @Test
    void aDirectNumberGetsTheSameDecisionWithItsChannelAndIsRecordedWithStatistics() {
        f.extended(Fixture.NACKA, "sydost", Fixture.weekly("FRIDAY 18:00-01:00"), false);
        PhoneNumber direct = PhoneNumber.parse("n", "08-123 456 78");
        f.submit(new AssignDirectNumber(direct, Fixture.NACKA));
        var at = local("2025-06-14T00:30");
        SocialDecision via112 = SocialRouter.route(f.state, Fixture.NACKA, Channel.EMERGENCY_112, at);
        SocialDecision viaDirect = SocialRouter.routeDirectNumber(f.state, direct, at);
        assertThat(viaDirect.channel()).isEqualTo(Channel.DIRECT_NUMBER);
        assertThat(viaDirect.directNumber()).isEqualTo(direct);
        assertThat(viaDirect.outcome()).isEqualTo(via112.outcome());
        assertThat(viaDirect.number()).isEqualTo(via112.number());
        assertThat(viaDirect.rule()).isEqualTo(via112.rule());

        SocialDecision recorded = f.submit(new RecordRoutedCall("call-1", RouteRequest.parse(null, "+46812345678", null, "2025-06-14T00:30+02:00")));
        assertThat(recorded.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(f.journal.get(f.journal.size() - 1).event()).isInstanceOfSatisfying(CallRouted.class, e -> {
            assertThat(e.channel()).isEqualTo(Channel.DIRECT_NUMBER);
            assertThat(e.municipality()).isEqualTo(Fixture.NACKA);
            assertThat(e.number()).isEqualTo(Fixture.JOUR_NUMBER);
        });
        f.submit(new RecordRoutedCall("call-2", RouteRequest.parse("0182", null, null, "2025-06-14T12:00+02:00")));
        f.submit(new RecordRoutedCall("call-3", RouteRequest.parse("0182", null, null, "2025-07-04T19:00+02:00")));
        f.submit(new RecordRoutedCall("call-4", RouteRequest.parse("0180", null, null, "2025-06-30T23:30+02:00")));
        assertThatThrownBy(() -> f.submit(new RecordRoutedCall("call-1", RouteRequest.parse("0182", null, null, "2025-06-14T12:00+02:00"))))
                .isInstanceOf(ConflictException.class);

        assertThat(f.state.statistics().between(null, YearMonth.of(2025, 1), YearMonth.of(2025, 12))).containsExactly(
                new MonthlyOutcomeCount("0180", YearMonth.of(2025, 6), Outcome.NOT_AVAILABLE, 1),
                new MonthlyOutcomeCount("0182", YearMonth.of(2025, 6), Outcome.FORWARD, 1),
                new MonthlyOutcomeCount("0182", YearMonth.of(2025, 6), Outcome.MESSAGE, 1),
                new MonthlyOutcomeCount("0182", YearMonth.of(2025, 7), Outcome.FORWARD, 1));
        assertThat(f.state.statistics().between("0182", YearMonth.of(2025, 7), YearMonth.of(2025, 7))).hasSize(1);
    }

    @Test
    void replayingTheJournalRebuildsTheSameDecisions() {
        Fixture random = RandomSocialState.build(7, "0114", "0115", "0117");
        SocialState replayed = new SocialState(Fixture.REGISTRY, Fixture.CALENDAR);
        for (Recorded r : random.journal) {
            replayed.apply(r);
        }
        var rnd = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            var at = RandomSocialState.instantIn2025(rnd);
            for (String m : new String[] {"0114", "0115", "0117"}) {
                assertThat(SocialRouter.route(replayed, m, Channel.EMERGENCY_112, at))
                        .isEqualTo(SocialRouter.route(random.state, m, Channel.EMERGENCY_112, at));
            }
        }
    }
}
