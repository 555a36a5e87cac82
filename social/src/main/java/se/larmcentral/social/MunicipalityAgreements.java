package se.larmcentral.social;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** One municipality's agreements, compiled and sorted by start, for finding the one in force. */
final class MunicipalityAgreements {

    private final CompiledAgreement[] sorted;

    MunicipalityAgreements(List<Agreement> agreements) {
        this.sorted = agreements.stream().sorted(Comparator.comparing(Agreement::validFrom))
                .map(CompiledAgreement::new).toArray(CompiledAgreement[]::new);
    }

    /** The agreement in force at {@code at}, or {@code null}. A municipality has few, so a scan from the latest is enough. */
    CompiledAgreement inForce(Instant at) {
        long second = at.getEpochSecond();
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i].startSecond <= second) {
                return sorted[i].inForce(second) ? sorted[i] : null;
            }
        }
        return null;
    }

    List<CompiledAgreement> compiled() {
        return List.of(sorted);
    }

    List<Agreement> agreements() {
        return java.util.Arrays.stream(sorted).map(c -> c.agreement).toList();
    }
}
