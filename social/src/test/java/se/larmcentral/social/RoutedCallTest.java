package se.larmcentral.social;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision recorded per social call, kept in the state for retries and readers. */
class RoutedCallTest {

    final Fixture f = new Fixture().jour("sydost");

    @Test
    void theRecordedDecisionIsKeptPerCallAndSurvivesLaterChangesReplayAndCopy() {
        String agreement = f.extended(Fixture.NACKA, "sydost", Fixture.weekly("FRIDAY 18:00-01:00"), false);
        SocialDecision decided = f.submit(new RecordRoutedCall("call-1",
                RouteRequest.parse(Fixture.NACKA, null, null, "2025-06-14T00:30+02:00")));
        assertThat(decided.outcome()).isEqualTo(Outcome.FORWARD);

        RoutedCall recorded = f.state.routedCall("call-1").orElseThrow();
        assertThat(recorded.callId()).isEqualTo("call-1");
        assertThat(recorded.municipality()).isEqualTo(Fixture.NACKA);
        assertThat(recorded.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(recorded.number()).isEqualTo(Fixture.JOUR_NUMBER);
        assertThat(recorded.agreementId()).isEqualTo(agreement);
        assertThat(recorded.at()).isEqualTo(decided.at());
        assertThat(recorded.summary()).startsWith("FORWARD to " + Fixture.JOUR_NUMBER.national());

        f.submit(new EndAgreement(agreement, java.time.LocalDate.of(2025, 3, 1)));
        assertThat(SocialRouter.route(f.state, Fixture.NACKA, Channel.EMERGENCY_112, decided.at()).outcome())
                .as("the router now decides otherwise").isNotEqualTo(Outcome.FORWARD);
        assertThat(f.state.routedCall("call-1")).contains(recorded);

        SocialState replayed = new SocialState(Fixture.REGISTRY, Fixture.CALENDAR);
        f.journal.forEach(replayed::apply);
        assertThat(replayed.routedCall("call-1")).contains(recorded);
        assertThat(f.state.copy().routedCall("call-1")).contains(recorded);
        assertThat(f.state.routedCall("call-2")).isEmpty();
    }

    @Test
    void aDecisionWithoutANumberSummarisesItsOutcome() {
        f.submit(new RecordRoutedCall("call-9", RouteRequest.parse("0180", null, null, "2025-06-30T23:30+02:00")));
        RoutedCall recorded = f.state.routedCall("call-9").orElseThrow();
        assertThat(recorded.number()).isNull();
        assertThat(recorded.summary()).isEqualTo(recorded.outcome().name());
    }
}
