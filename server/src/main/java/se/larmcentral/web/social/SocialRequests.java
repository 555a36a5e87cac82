package se.larmcentral.web.social;

import java.util.List;
import java.util.Map;

/**
 * The JSON bodies the social endpoints take. Values are text, parsed by the social module so that its errors
 * name the field: numbers in Swedish or E.164 form, dates {@code YYYY-MM-DD}, instants with their offset,
 * local date-times {@code YYYY-MM-DDTHH:MM} (Swedish time), windows and weekly lines as in the configuration
 * file ({@code "Mon-Fri 16:00-08:00"}, {@code "08:00-01:30"}).
 */
public final class SocialRequests {

    private SocialRequests() {
    }

    /** A new jour. */
    public record DefineJourRequest(String id, String name, String number, Boolean answeredAroundTheClock, String hours,
                                    String outsideHours) {
    }

    /** A jour's new terms (the id is in the path); every municipality it serves follows. */
    public record ChangeJourRequest(String name, String number, Boolean answeredAroundTheClock, String hours,
                                    String outsideHours) {
    }

    /**
     * A new agreement, BASIC or EXTENDED; the set times, holiday rules and one-off changes are EXTENDED only. A BASIC
     * agreement with its own {@code forwardingNumber} needs {@code answeredAroundTheClock: true}: the municipality's
     * statement that the number is answered round the clock.
     */
    public record AgreementRequest(String municipality, String jourId, String kind, String validFrom, String validUntil,
                                   String forwardingNumber, Boolean answeredAroundTheClock, String outsideHours,
                                   String instructions, String message,
                                   Boolean usesRoster, List<String> weekly, Map<String, List<String>> dayTypes,
                                   Map<String, List<String>> dates, List<OneOffChangeRequest> oneOffChanges) {
    }

    /** The first day the agreement is no longer in force. */
    public record EndAgreementRequest(String validUntil) {
    }

    /** Set times: weekly lines, day-type rules (PUBLIC_HOLIDAY, EVE, DAY_BEFORE_PUBLIC_HOLIDAY) and date rules. */
    /** An extended agreement's texts: either may be left out to keep it as it is. */
    public record AgreementTextsRequest(String message, String instructions) {
    }

    public record ScheduleRequest(List<String> weekly, Map<String, List<String>> dayTypes, Map<String, List<String>> dates) {
    }

    /** A one-off change in Swedish local date-times: {@code connect} a number, or {@code close: true}. */
    public record OneOffChangeRequest(String id, String from, String to, String connect, Boolean close, String note) {
    }

    /** Shifts to add to a jour's roster. */
    public record ShiftsRequest(List<ShiftRequest> shifts) {
    }

    /** One shift: instants with their offset. */
    public record ShiftRequest(String start, String end, String person, String number) {
    }

    public record DirectNumberRequest(String number, String municipality) {
    }

    /** A no-agreement policy row from an instant with offset: REFER_POLICE (to 114 14) or NOT_AVAILABLE. */
    public record PolicyRowRequest(String from, String action, String text) {
    }

    /**
     * A routing question: a municipality code or a direct number, the channel (EMERGENCY_112 or DIRECT_NUMBER;
     * optional) and an instant with its offset. With a {@code callId} the routed call's outcome is recorded as an
     * event (once per call id); without one nothing is stored.
     */
    public record DecisionRequest(String municipality, String directNumber, String channel, String at, String callId) {
    }

    /** A customer whose on-call line the centre answers: id, name, kind (COMPANY, MUNICIPALITY, REGION), its number. */
    public record CustomerRequest(String id, String name, String kind, String number) {
    }

    /** The agreement of a customer's on-call line: the terms of {@link AgreementRequest}, the customer in the path. */
    public record CustomerAgreementRequest(String jourId, String kind, String validFrom, String validUntil,
                                           String forwardingNumber, Boolean answeredAroundTheClock, String outsideHours,
                                           String instructions, String message,
                                           Boolean usesRoster, List<String> weekly, Map<String, List<String>> dayTypes,
                                           Map<String, List<String>> dates, List<OneOffChangeRequest> oneOffChanges) {

        AgreementRequest terms() {
            return new AgreementRequest(null, jourId, kind, validFrom, validUntil, forwardingNumber, answeredAroundTheClock,
                    outsideHours, instructions, message, usesRoster, weekly, dayTypes, dates, oneOffChanges);
        }
    }
}
