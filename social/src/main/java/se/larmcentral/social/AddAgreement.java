package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

/**
 * Signs an agreement for a municipality. Refused when it overlaps another (named), ends before it begins, or
 * its terms do not fit its kind. Answers the new agreement's id ({@code <municipality>/<validFrom>}).
 */
public record AddAgreement(String municipality, String jourId, AgreementKind kind, LocalDate validFrom, LocalDate validUntil,
                           PhoneNumber forwardingNumber, String outsideHours, String instructions, String message,
                           boolean usesRoster, Schedule schedule, List<OneOffChange> oneOffChanges)
        implements Command<SocialState, String> {

    /** A basic agreement: every call to {@code forwardingNumber} (or the jour's 24/7 number when {@code null}). */
    public static AddAgreement basic(String municipality, String jourId, LocalDate validFrom, LocalDate validUntil,
                                     PhoneNumber forwardingNumber, String outsideHours) {
        return new AddAgreement(municipality, jourId, AgreementKind.BASIC, validFrom, validUntil, forwardingNumber,
                outsideHours, null, null, false, Schedule.NONE, List.of());
    }

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        state.registry().require("municipality", municipality);
        Jour jour = state.requireJour("jourId", jourId);
        if (kind == null) {
            throw new InvalidInputException("kind", "must be BASIC or EXTENDED");
        }
        if (validFrom == null) {
            throw new InvalidInputException("validFrom", "an agreement needs the date it comes into force");
        }
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidInputException("validUntil", "the agreement ends " + validUntil + ", not after it begins " + validFrom);
        }
        String id = Agreement.idFor(municipality, validFrom);
        if (state.agreement(id).isPresent()) {
            throw new ConflictException("validFrom", "agreement " + id + " already exists");
        }
        AgreementRules.requireNoOverlap(state, municipality, null, validFrom, validUntil, "validFrom");
        List<OneOffChange> changes = oneOffChanges == null ? List.of() : oneOffChanges;
        AgreementRules.requireNoOverlap(changes);
        Agreement agreement = new Agreement(id, municipality, jourId, kind, validFrom, validUntil, forwardingNumber,
                blankToNull(outsideHours), blankToNull(instructions), blankToNull(message), usesRoster,
                schedule == null ? Schedule.NONE : schedule, changes);
        AgreementRules.requireReachable(agreement, jour);
        return Decision.of(id, new AgreementAdded(agreement));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
