package se.larmcentral.crisis.contract;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A region's ambulance-care contract (avtal om ambulanssjukvård / sjukvårdsrådgivning) as this centre holds it.
 *
 * <p>Days are whole days in Europe/Stockholm and {@code end} is the last day in force: the contract ends at the
 * end of that day, 24:00 local time, which is the next day's 00:00. Stockholm's contract extended to 2016-10-31
 * ends at 2016-11-01T00:00+01:00 (2016-10-31T23:00Z): at 23:59:59 local time it is in force, at midnight it is not.
 * Midnight never falls in a daylight-saving gap in Sweden (the clocks change at 02:00/03:00), so the end instant
 * is always well defined.
 *
 * @param fleet         the fleet that belongs to the contract, by reference to the centre's fleet data (e.g. the
 *                      fleet file); not copied
 * @param responseRules the response rules that belong to it, by reference to the triage rules (e.g. their file or
 *                      version); not copied
 * @param extensions    every extension in the order decided; the last one's end is the contract's end
 */
public record CareContract(ContractRegion region, LocalDate start, LocalDate end, List<Extension> extensions,
                           String fleet, String responseRules, ReceivingParty receiver) {

    public CareContract {
        if (region == null) {
            throw new InvalidInputException("region", "the county the contract covers is required");
        }
        if (start == null) {
            throw new InvalidInputException("start", "the first day in force (yyyy-mm-dd) is required");
        }
        if (end == null) {
            throw new InvalidInputException("end", "the last day in force (yyyy-mm-dd) is required");
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("end", "the last day (" + end + ") is before the first (" + start + ")");
        }
        if (receiver == null) {
            throw new InvalidInputException("receiver", "the party that takes over at the end is required");
        }
        fleet = blankToNull(fleet);
        responseRules = blankToNull(responseRules);
        extensions = List.copyOf(extensions == null ? List.of() : extensions);
        LocalDate current = end;
        for (int i = 0; i < extensions.size(); i++) {
            current = checkedEnd(current, extensions.get(i), "extensions[" + i + "].newEnd");
        }
    }

    /** The last day in force: the latest extension's, else the original end. */
    public LocalDate effectiveEnd() {
        return extensions.isEmpty() ? end : extensions.getLast().newEnd();
    }

    /** The first instant in force: the start day's 00:00 in Europe/Stockholm. */
    public Instant startsAt() {
        return start.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    /** The instant it ends (exclusive): the last day's 24:00, the next day's 00:00 in Europe/Stockholm. */
    public Instant endsAt() {
        return effectiveEnd().plusDays(1).atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    /** Whether the contract is in force at {@code instant}: from the start day's 00:00 to, not including, its end. */
    public boolean inForce(Instant instant) {
        return !instant.isBefore(startsAt()) && instant.isBefore(endsAt());
    }

    /** Whether the contract has ended at {@code instant} (its end instant or later). */
    public boolean endedAt(Instant instant) {
        return !instant.isBefore(endsAt());
    }

    /** The end in words for people: "2016-10-31 24:00". */
    public String endText() {
        return effectiveEnd() + " 24:00";
    }

    /** The same contract extended; refused when the extension would not move the end later. */
    public CareContract extendedBy(Extension extension) {
        checkedEnd(effectiveEnd(), extension, "newEnd");
        List<Extension> all = new ArrayList<>(extensions);
        all.add(extension);
        return new CareContract(region, start, end, all, fleet, responseRules, receiver);
    }

    /** Why no new incident may be made under this contract at {@code instant}, in Swedish; empty when in force. */
    public java.util.Optional<String> refusal(Instant instant) {
        if (instant.isBefore(startsAt())) {
            return java.util.Optional.of("avtalet om ambulanssjukvård för " + region.text() + " gäller först från "
                    + start + " 00:00; inga nya ärenden skapas för regionen före dess");
        }
        if (endedAt(instant)) {
            return java.util.Optional.of("avtalet om ambulanssjukvård för " + region.text() + " upphörde "
                    + endText() + "; inga nya ärenden skapas här för regionen, den tas över av "
                    + receiver.name() + " (" + receiver.contact() + ")");
        }
        return java.util.Optional.empty();
    }

    private static LocalDate checkedEnd(LocalDate current, Extension extension, String field) {
        if (extension == null) {
            throw new InvalidInputException(field, "the extension is required");
        }
        if (!extension.newEnd().isAfter(current)) {
            throw new ConflictException(field, "an extension may not shorten the contract: " + extension.newEnd()
                    + " is not after the current end " + current);
        }
        return extension.newEnd();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
