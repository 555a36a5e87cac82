package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.larmcentral.core.ServiceNumber;
import se.larmcentral.core.SwedishTime;

class NoAgreementPolicyTest {

    private final Fixture f = new Fixture();

    @Test
    void beforeTheCutOverCallsAreReferredToThePoliceOn11414() {
        Instant justBefore = SwedishTime.parseInstant("at", "2017-12-23T16:59:59+01:00");
        SocialDecision d = f.route(Fixture.STOCKHOLM, justBefore);
        assertThat(d.outcome()).isEqualTo(Outcome.REFER_POLICE);
        assertThat(d.referral()).isEqualTo(ServiceNumber.POLICE_114_14);
        assertThat(d.message()).contains("114 14");
        assertThat(d.number()).isNull();
    }

    @Test
    void fromTheCutOverSocialjourIsNotAvailableWithNoReferral() {
        Instant cutOver = SwedishTime.parseInstant("at", "2017-12-23T17:00+01:00");
        assertThat(cutOver).isEqualTo(NoAgreementPolicy.CUT_OVER).isEqualTo(Instant.parse("2017-12-23T16:00:00Z"));
        SocialDecision d = f.route(Fixture.STOCKHOLM, cutOver);
        assertThat(d.outcome()).isEqualTo(Outcome.NOT_AVAILABLE);
        assertThat(d.referral()).isNull();
        assertThat(d.number()).isNull();
        assertThat(d.message()).isEqualTo("Socialjour finns inte att tillgå i den berörda kommunen. Ingen hänvisning till annat nummer.");
        assertThat(d.basis()).isEqualTo(Basis.NO_AGREEMENT);
        assertThat(d.explanation()).anyMatch(l -> l.contains("no agreement in force for 0180"));
    }

    @Test
    void aLaterChangeIsOneMoreDatedRow() {
        Instant from = SwedishTime.parseInstant("from", "2030-01-01T00:00+01:00");
        f.submit(new AddNoAgreementPolicyRow(new NoAgreementPolicy(from, NoAgreementPolicy.Action.REFER_POLICE,
                ServiceNumber.POLICE_114_14, "Hänvisa till 114 14.")));
        assertThat(f.route(Fixture.STOCKHOLM, from.minusSeconds(1)).outcome()).isEqualTo(Outcome.NOT_AVAILABLE);
        assertThat(f.route(Fixture.STOCKHOLM, from).outcome()).isEqualTo(Outcome.REFER_POLICE);
        assertThat(f.state.policyRows()).hasSize(3);
    }
}
