package se.larmcentral.social;

import java.util.List;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;

/** The checks an agreement's terms must pass, shared by the commands that change them. */
final class AgreementRules {

    private AgreementRules() {
    }

    /** Refuses terms that do not fit the kind, or that leave calls nowhere to go. */
    static void requireReachable(Agreement a, Jour jour) {
        if (a.kind() == AgreementKind.BASIC) {
            if (a.forwardingNumber() == null && !jour.answeredAroundTheClock()) {
                throw new InvalidInputException("forwardingNumber", "a basic agreement needs a forwarding number answered"
                        + " round the clock; agreement " + a.id() + " gives none and jour " + jour.id() + "'s number is not"
                        + " answered round the clock");
            }
            requireAbsent("instructions", a.instructions() != null);
            requireAbsent("message", a.message() != null);
            requireAbsent("usesRoster", a.usesRoster());
            requireAbsent("schedule", a.schedule().hasWindows());
            requireAbsent("oneOffChanges", !a.oneOffChanges().isEmpty());
            return;
        }
        boolean hasNumber = a.forwardingNumber() != null || jour.number() != null;
        if (!hasNumber && !a.usesRoster()) {
            throw new InvalidInputException("forwardingNumber", "agreement " + a.id() + " connects calls but neither it nor"
                    + " jour " + jour.id() + " has a number");
        }
        if (a.message() == null && (a.schedule().hasWindows() || !hasNumber)) {
            throw new InvalidInputException("message", "agreement " + a.id() + " has times when calls are not connected"
                    + " (set times, or roster gaps with no number to fall back on) and needs the municipality's message for them");
        }
    }

    /**
     * Refuses a basic agreement's own forwarding number without the statement that it is answered round the clock
     * (the basic service's condition), and the statement without a number of the agreement's own. Checked when an
     * agreement is signed: the statement is part of its terms.
     */
    static void requireOwnNumberStated(Agreement a) {
        if (a.answeredAroundTheClock() && a.forwardingNumber() == null) {
            throw new InvalidInputException("answeredAroundTheClock", "agreement " + a.id() + " has no forwarding number of"
                    + " its own to be answered round the clock; the jour's number is stated on the jour");
        }
        if (a.kind() == AgreementKind.BASIC && a.forwardingNumber() != null && !a.answeredAroundTheClock()) {
            throw new InvalidInputException("answeredAroundTheClock", "a basic agreement's forwarding number must be answered"
                    + " round the clock; agreement " + a.id() + " forwards to " + a.forwardingNumber().national()
                    + " without stating so (answeredAroundTheClock: true)");
        }
    }

    private static void requireAbsent(String field, boolean present) {
        if (present) {
            throw new InvalidInputException(field, "is an add-on service; it needs an EXTENDED agreement");
        }
    }

    /** Refuses one-off changes that overlap each other, naming both. */
    static void requireNoOverlap(List<OneOffChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (changes.get(i).overlaps(changes.get(j))) {
                    throw new ConflictException("oneOffChanges[" + i + "]", "one-off change " + changes.get(i).id()
                            + " overlaps one-off change " + changes.get(j).id());
                }
            }
        }
    }

    /** Refuses a period that overlaps another agreement of the municipality, naming it. */
    static void requireNoOverlap(SocialState state, String municipality, String exceptId, java.time.LocalDate from,
                                 java.time.LocalDate until, String field) {
        for (Agreement other : state.agreementsOf(municipality)) {
            if (!other.id().equals(exceptId) && other.overlaps(from, until)) {
                throw new ConflictException(field, "the period " + from + " to " + (until == null ? "open end" : until)
                        + " overlaps agreement " + other.id() + " (" + other.periodText() + ")");
            }
        }
    }
}
