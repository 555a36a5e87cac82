package se.larmcentral.social;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a municipality's coverage has holes in a period, so that it sees its Christmas gaps in November: the
 * parts of its {@link EffectivePlan} in which nobody on the jour's side would be reached.
 */
public final class CoverageGaps {

    private CoverageGaps() {
    }

    /** The gaps in the days [from, to), Swedish time, in order. */
    public static List<CoverageGap> find(SocialState state, String municipality, LocalDate from, LocalDate to) {
        List<CoverageGap> gaps = new ArrayList<>();
        for (PlanSegment s : EffectivePlan.of(state, municipality, from, to)) {
            SocialDecision d = s.decision();
            if (d.outcome() == Outcome.FORWARD && d.basis() != Basis.ROSTER_GAP) {
                continue;
            }
            String fallback = switch (d.outcome()) {
                case FORWARD -> "falls back to " + d.number() + " (" + d.targetName() + ")";
                case REFER_POLICE -> "referred to " + d.referral().dialled() + ": " + d.message();
                default -> "message: " + d.message();
            };
            gaps.add(new CoverageGap(s.start(), s.end(), d.basis(), d.outcome(), fallback));
        }
        return gaps;
    }
}
