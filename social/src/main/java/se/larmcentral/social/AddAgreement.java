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
 * its terms do not fit its kind; a basic agreement with its own forwarding number needs the statement that the
 * number is answered round the clock ({@code answeredAroundTheClock}). Answers the new agreement's id
 * ({@code <municipality>/<validFrom>}).
 */
public record AddAgreement(String municipality, String jourId, AgreementKind kind, LocalDate validFrom, LocalDate validUntil,
                           PhoneNumber forwardingNumber, boolean answeredAroundTheClock, String outsideHours,
                           String instructions, String message, boolean usesRoster, Schedule schedule,
                           List<OneOffChange> oneOffChanges)
        implements Command<SocialState, String> {

    /** An agreement that states nothing about its forwarding number being answered round the clock (extended ones need not). */
    public AddAgreement(String municipality, String jourId, AgreementKind kind, LocalDate validFrom, LocalDate validUntil,
                        PhoneNumber forwardingNumber, String outsideHours, String instructions, String message,
                        boolean usesRoster, Schedule schedule, List<OneOffChange> oneOffChanges) {
        this(municipality, jourId, kind, validFrom, validUntil, forwardingNumber, false, outsideHours, instructions, message,
                usesRoster, schedule, oneOffChanges);
    }

    /**
     * A basic agreement: every call to {@code forwardingNumber}, which the municipality states is answered round
     * the clock, or to the jour's 24/7 number when {@code forwardingNumber} is {@code null}.
     */
    public static AddAgreement basic(String municipality, String jourId, LocalDate validFrom, LocalDate validUntil,
                                     PhoneNumber forwardingNumber, boolean answeredAroundTheClock, String outsideHours) {
        return new AddAgreement(municipality, jourId, AgreementKind.BASIC, validFrom, validUntil, forwardingNumber,
                answeredAroundTheClock, outsideHours, null, null, false, Schedule.NONE, List.of());
    }

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        state.requireLineOwner("municipality", municipality);
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
                answeredAroundTheClock, blankToNull(outsideHours), blankToNull(instructions), blankToNull(message), usesRoster,
                schedule == null ? Schedule.NONE : schedule, changes);
        AgreementRules.requireOwnNumberStated(agreement);
        AgreementRules.requireReachable(agreement, jour);
        return Decision.of(id, new AgreementAdded(agreement));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
