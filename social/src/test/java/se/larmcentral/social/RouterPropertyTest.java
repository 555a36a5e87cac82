package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property tests over seeded random configurations. */
class RouterPropertyTest {

    /** Municipalities and two customers' on-call lines: one engine, one property. */
    private static final String[] MUNICIPALITIES = {"0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127",
            "kund-a", "kund-b"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private static SocialDecision withoutExplanation(SocialDecision d) {
        return new SocialDecision(d.municipality(), d.channel(), d.directNumber(), d.at(), d.outcome(), d.basis(), d.number(),
                d.targetKind(), d.targetName(), d.referral(), d.message(), d.outsideHours(), d.instructions(), d.agreementId(),
                d.rule(), List.of());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theIndexedRouterDecidesExactlyAsTheLinearScan(long seed) {
        Fixture f = RandomSocialState.build(seed, MUNICIPALITIES);
        Random r = new Random(seed * 31);
        for (int i = 0; i < 500; i++) {
            String m = MUNICIPALITIES[r.nextInt(MUNICIPALITIES.length)];
            Instant at = RandomSocialState.instantIn2025(r);
            SocialDecision indexed = SocialRouter.route(f.state, m, Channel.EMERGENCY_112, at);
            SocialDecision linear = ReferenceRouter.route(f.state, m, Channel.EMERGENCY_112, at);
            assertThat(withoutExplanation(indexed)).as("seed %d, %s at %s", seed, m, at).isEqualTo(withoutExplanation(linear));
            assertThat(indexed.explanation()).isNotEmpty();
            if (indexed.outcome() == Outcome.FORWARD) {
                assertThat(indexed.number()).isNotNull();
            } else {
                assertThat(indexed.number()).isNull();
                assertThat(indexed.message()).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theEffectivePlanAgreesWithTheDecisionAtEveryInstant(long seed) {
        Fixture f = RandomSocialState.build(seed, MUNICIPALITIES);
        Random r = new Random(seed * 17);
        String m = MUNICIPALITIES[(int) (seed % MUNICIPALITIES.length)];
        // Alternate periods around the spring and autumn changes and the turn of the year.
        LocalDate from = switch ((int) (seed % 3)) {
            case 0 -> LocalDate.of(2025, 3, 24);
            case 1 -> LocalDate.of(2025, 10, 20);
            default -> LocalDate.of(2025, 12, 20);
        };
        LocalDate to = from.plusDays(14);
        List<PlanSegment> plan = EffectivePlan.of(f.state, m, from, to);
        Instant start = from.atStartOfDay(se.larmcentral.core.SwedishTime.ZONE).toInstant();
        Instant end = to.atStartOfDay(se.larmcentral.core.SwedishTime.ZONE).toInstant();
        assertThat(plan.get(0).start()).isEqualTo(start);
        assertThat(plan.get(plan.size() - 1).end()).isEqualTo(end);
        for (int i = 1; i < plan.size(); i++) {
            assertThat(plan.get(i).start()).isEqualTo(plan.get(i - 1).end());
            assertThat(plan.get(i).decision().sameEffect(plan.get(i - 1).decision())).isFalse();
        }
        for (int i = 0; i < 400; i++) {
            Instant at = start.plusSeconds((long) (r.nextDouble() * (end.getEpochSecond() - start.getEpochSecond())));
            PlanSegment segment = plan.stream().filter(s -> !at.isBefore(s.start()) && at.isBefore(s.end())).findFirst().orElseThrow();
            SocialDecision direct = SocialRouter.route(f.state, m, Channel.EMERGENCY_112, at);
            assertThat(segment.decision().sameEffect(direct)).as("seed %d, %s at %s: plan %s, direct %s", seed, m, at,
                    segment.decision().rule(), direct.rule()).isTrue();
        }
        for (CoverageGap gap : CoverageGaps.find(f.state, m, from, to)) {
            SocialDecision inside = SocialRouter.route(f.state, m, Channel.EMERGENCY_112, gap.start());
            assertThat(inside.outcome() != Outcome.FORWARD || inside.basis() == Basis.ROSTER_GAP).isTrue();
        }
    }
}
