package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;

/**
 * The patient's age in a pre-alert: years, or months for an infant (under two), as a crew says it.
 */
public record PatientAge(int value, Unit unit) {

    public enum Unit { YEARS, MONTHS }

    static final int MAX_YEARS = 125;
    static final int MAX_MONTHS = 23;

    /** The age, or a refusal naming {@code field} ({@code age.value}, {@code age.unit}). */
    PatientAge checked(String field) {
        if (unit == null) {
            throw new InvalidInputException(field + ".unit", "is missing: YEARS, or MONTHS for an infant");
        }
        int max = unit == Unit.YEARS ? MAX_YEARS : MAX_MONTHS;
        if (value < 0 || value > max) {
            throw new InvalidInputException(field + ".value", "must be 0-" + max + " " + unit.name().toLowerCase()
                    + (unit == Unit.MONTHS ? " (older infants in YEARS)" : "") + ", was " + value);
        }
        return this;
    }
}
