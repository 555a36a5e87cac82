package se.larmcentral.social.file;

import java.util.List;
import java.util.Map;

/**
 * A whole social configuration as written in a YAML or JSON file (format {@code larm-social/1}); see the
 * module README for the format. Plain text values: {@link SocialConfigurationReader} parses and checks them
 * and names the place of each error.
 */
public record SocialConfiguration(String format, String note, List<JourEntry> jours, List<AgreementEntry> agreements,
                                  List<DirectNumberEntry> directNumbers, List<PolicyEntry> noAgreementPolicy,
                                  List<CustomerEntry> customers) {

    /** A configuration without customers' on-call lines. */
    public SocialConfiguration(String format, String note, List<JourEntry> jours, List<AgreementEntry> agreements,
                               List<DirectNumberEntry> directNumbers, List<PolicyEntry> noAgreementPolicy) {
        this(format, note, jours, agreements, directNumbers, noAgreementPolicy, null);
    }

    /** A customer whose on-call line the centre answers: kind COMPANY, MUNICIPALITY or REGION; its line's number. */
    public record CustomerEntry(String id, String name, String kind, String number) {
    }

    /** A jour with its roster: explicit shifts and rotations. */
    public record JourEntry(String id, String name, String number, Boolean answeredAroundTheClock, String hours,
                            String outsideHours, List<ShiftEntry> roster, List<RotationEntry> rotations) {
    }

    /** One shift; {@code start} and {@code end} are instants with offset ({@code 2025-12-24T08:00+01:00}). */
    public record ShiftEntry(String start, String end, String person, String number) {
    }

    /**
     * Shifts of {@code shiftHours} hours of Swedish wall-clock time, from the local date-time {@code from} until the
     * date {@code until} (exclusive), taken by {@code people} in turn.
     */
    public record RotationEntry(String from, String until, Integer shiftHours, List<PersonEntry> people) {
    }

    public record PersonEntry(String person, String number) {
    }

    /**
     * An agreement. {@code weekly}: {@code "Mon-Thu 16:00-24:00"}, {@code "Sat,Sun 00:00-24:00"}; {@code dayTypes}:
     * PUBLIC_HOLIDAY, EVE or DAY_BEFORE_PUBLIC_HOLIDAY to windows; {@code dates}: ISO date to windows (an empty
     * list closes the day). {@code answeredAroundTheClock}: the municipality states that its own {@code forwardingNumber}
     * is answered round the clock (required with a basic agreement's own number).
     */
    public record AgreementEntry(String municipality, String jour, String kind, String validFrom, String validUntil,
                                 String forwardingNumber, Boolean answeredAroundTheClock, String outsideHours,
                                 String instructions, String message,
                                 Boolean roster, List<String> weekly, Map<String, List<String>> dayTypes,
                                 Map<String, List<String>> dates, List<OneOffEntry> oneOffChanges, String customer) {

        /** A municipality's agreement ({@code customer} instead of {@code municipality}: a customer's on-call line). */
        public AgreementEntry(String municipality, String jour, String kind, String validFrom, String validUntil,
                              String forwardingNumber, Boolean answeredAroundTheClock, String outsideHours,
                              String instructions, String message,
                              Boolean roster, List<String> weekly, Map<String, List<String>> dayTypes,
                              Map<String, List<String>> dates, List<OneOffEntry> oneOffChanges) {
            this(municipality, jour, kind, validFrom, validUntil, forwardingNumber, answeredAroundTheClock, outsideHours,
                    instructions, message, roster, weekly, dayTypes, dates, oneOffChanges, null);
        }
    }

    /** A one-off change in local date-times: either {@code connect} (a number) or {@code close: true}. */
    public record OneOffEntry(String id, String from, String to, String connect, Boolean close, String note) {
    }

    public record DirectNumberEntry(String number, String municipality) {
    }

    /** An extra no-agreement policy row: {@code from} an instant with offset, action REFER_POLICE or NOT_AVAILABLE. */
    public record PolicyEntry(String from, String action, String text) {
    }
}
