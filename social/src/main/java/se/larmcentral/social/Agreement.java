package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;

/**
 * An agreement (avtal) between the centre and one municipality (or a customer, for its on-call line), valid from a date (00:00 Swedish time) until a
 * date (exclusive) or open-ended. Only one is in force for a municipality at a time; ended ones stay as history.
 *
 * @param id               {@code <municipality>/<validFrom>}, unique because agreements of one municipality do not overlap
 * @param municipality     SCB code; for a customer's on-call line the customer's id (see {@link LineOwner})
 * @param jourId           the jour that serves the municipality under it
 * @param kind             basic or extended
 * @param validFrom        first day in force
 * @param validUntil       first day no longer in force, or {@code null} while open-ended
 * @param forwardingNumber the municipality's own forwarding number, or {@code null} to use the jour's number
 * @param answeredAroundTheClock the municipality states that {@code forwardingNumber} is answered round the clock
 *                         (a basic agreement's condition when it has its own number)
 * @param outsideHours     what the forwarding number does outside the jour's hours, or {@code null}; on a basic
 *                         agreement forwarding to the jour's number it overrides the jour's text, which is said without it
 * @param instructions     written instructions to the operator (extended only), or {@code null}
 * @param message          the municipality's own message for callers outside its set times (extended only), or {@code null}
 * @param usesRoster       connect to the person on duty in the jour's roster (extended only)
 * @param schedule         set times (extended only); {@link Schedule#NONE} connects at all times
 * @param oneOffChanges    one-off changes (extended only), non-overlapping
 */
public record Agreement(String id, String municipality, String jourId, AgreementKind kind, LocalDate validFrom,
                        LocalDate validUntil, PhoneNumber forwardingNumber, boolean answeredAroundTheClock, String outsideHours,
                        String instructions, String message, boolean usesRoster, Schedule schedule,
                        List<OneOffChange> oneOffChanges) {

    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(jourId, "jourId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(schedule, "schedule");
        oneOffChanges = List.copyOf(oneOffChanges);
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidInputException("validUntil", "agreement " + id + " ends " + validUntil + ", not after it begins " + validFrom);
        }
    }

    public static String idFor(String municipality, LocalDate validFrom) {
        return municipality + "/" + validFrom;
    }

    /** First instant in force: 00:00 Swedish time on {@code validFrom}. */
    public Instant startInstant() {
        return validFrom.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    /** First instant no longer in force, or {@link Instant#MAX} while open-ended. */
    public Instant endInstant() {
        return validUntil == null ? Instant.MAX : validUntil.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        boolean startsBeforeOtherEnds = until == null || validFrom.isBefore(until);
        boolean otherStartsBeforeThisEnds = validUntil == null || from.isBefore(validUntil);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public String periodText() {
        return validFrom + " to " + (validUntil == null ? "open end" : validUntil.toString());
    }

    public Agreement withValidUntil(LocalDate until) {
        return new Agreement(id, municipality, jourId, kind, validFrom, until, forwardingNumber,
                answeredAroundTheClock, outsideHours, instructions, message, usesRoster, schedule, oneOffChanges);
    }

    public Agreement withSchedule(Schedule newSchedule) {
        return new Agreement(id, municipality, jourId, kind, validFrom, validUntil, forwardingNumber,
                answeredAroundTheClock, outsideHours, instructions, message, usesRoster, newSchedule, oneOffChanges);
    }

    public Agreement withTexts(String newMessage, String newInstructions) {
        return new Agreement(id, municipality, jourId, kind, validFrom, validUntil, forwardingNumber,
                answeredAroundTheClock, outsideHours, newInstructions, newMessage, usesRoster, schedule, oneOffChanges);
    }

    public Agreement withOneOffChanges(List<OneOffChange> changes) {
        return new Agreement(id, municipality, jourId, kind, validFrom, validUntil, forwardingNumber,
                answeredAroundTheClock, outsideHours, instructions, message, usesRoster, schedule, changes);
    }
}
