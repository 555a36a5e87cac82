package se.larmcentral.dispatch;

import se.larmcentral.core.FreeText;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.time.Instant;

/**
 * What a crew tells the receiving hospital before it arrives (förvarning): who the patient is, how urgent, why, the
 * vital signs and when the unit expects to be there. Short and structured, so the emergency department can
 * prepare at a glance.
 *
 * @param age               null when unknown
 * @param sex               null: UNKNOWN
 * @param priority          1-4 as the incident's (the crew's own view of it now)
 * @param criterion         the assessment's criterion, prefilled on the terminal; may be corrected
 * @param vitals            null: none measured
 * @param note              a short free text
 * @param expectedArrivalAt when the unit expects to arrive; from the route's travel time, editable
 */
public record PreAlert(PatientAge age, PatientSex sex, int priority, String criterion, VitalSigns vitals, String note,
                       Instant expectedArrivalAt) {

    public static final int CRITERION_MAX = 200;
    public static final int NOTE_MAX = 500;
    /** An expected arrival further ahead than this is a slip, not a transport in the region. */
    public static final Duration ARRIVAL_HORIZON = Duration.ofHours(6);
    /** A device clock may lag; an arrival this far in the past is still taken (the unit is about to arrive). */
    public static final Duration ARRIVAL_PAST = Duration.ofMinutes(5);

    /** The pre-alert as recorded (sex UNKNOWN and no vitals made explicit), or a refusal naming the field. */
    PreAlert checked(Instant now) {
        PatientAge checkedAge = age == null ? null : age.checked("age");
        if (priority < 1 || priority > 4) {
            throw new InvalidInputException("priority", "must be 1, 2, 3 or 4, was " + priority);
        }
        String checkedCriterion = text("criterion", criterion, CRITERION_MAX, false);
        String checkedNote = text("note", note, NOTE_MAX, true);
        VitalSigns checkedVitals = vitals == null ? VitalSigns.NONE : vitals.checked("vitals");
        if (expectedArrivalAt == null) {
            throw new InvalidInputException("expectedArrivalAt", "is missing: when does the unit expect to arrive?");
        }
        if (expectedArrivalAt.isBefore(now.minus(ARRIVAL_PAST)) || expectedArrivalAt.isAfter(now.plus(ARRIVAL_HORIZON))) {
            throw new InvalidInputException("expectedArrivalAt", "must lie between now and "
                    + ARRIVAL_HORIZON.toHours() + " hours ahead, was " + expectedArrivalAt + " (now " + now + ")");
        }
        return new PreAlert(checkedAge, sex == null ? PatientSex.UNKNOWN : sex, priority, checkedCriterion,
                checkedVitals, checkedNote, expectedArrivalAt);
    }

    private static String text(String field, String value, int max, boolean lines) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters, was " + stripped.length());
        }
        return lines ? FreeText.multiLine(field, stripped) : FreeText.singleLine(field, stripped);
    }
}
