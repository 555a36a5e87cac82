package se.larmcentral.triage;

import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;

/** The rule for the case ids assessments are keyed by. */
final class CaseIds {

    private CaseIds() {
    }

    static void check(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidInputException("caseId", "is missing; name the case being assessed");
        }
        Identifier.require("caseId", caseId);
    }
}
