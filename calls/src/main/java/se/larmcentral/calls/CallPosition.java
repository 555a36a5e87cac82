package se.larmcentral.calls;

import se.larmcentral.core.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about where a caller is: the positions reported (AML, PIDF-LO) in arrival order, the position as
 * the operator corrected it, and the municipality as the operator chose it. Nothing replaces anything: a correction
 * sits beside the reports, a chosen municipality beside the located one.
 */
public record CallPosition(List<PositionReport> reported, CorrectedPosition corrected, MunicipalityChoice chosen) {

    public static final CallPosition NONE = new CallPosition(List.of(), null, null);

    public CallPosition {
        reported = List.copyOf(reported);
    }

    CallPosition withReport(PositionReport report) {
        List<PositionReport> all = new ArrayList<>(reported);
        all.add(report);
        return new CallPosition(all, corrected, chosen);
    }

    CallPosition withCorrection(CorrectedPosition correction) {
        return new CallPosition(reported, correction, chosen);
    }

    CallPosition withChoice(MunicipalityChoice choice) {
        return new CallPosition(reported, corrected, choice);
    }

    /** The latest report that carries a point. */
    public Optional<PositionReport> latestReport() {
        for (int i = reported.size() - 1; i >= 0; i--) {
            if (reported.get(i).position().point() != null) {
                return Optional.of(reported.get(i));
            }
        }
        return Optional.empty();
    }

    /** The point to work from: the operator's correction, else the latest reported point. */
    public Optional<GeoPoint> bestPoint() {
        if (corrected != null) {
            return Optional.of(corrected.point());
        }
        return latestReport().map(report -> report.position().point());
    }
}
