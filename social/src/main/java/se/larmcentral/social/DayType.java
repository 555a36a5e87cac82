package se.larmcentral.social;

/**
 * The kinds of day a schedule can name besides weekdays. A date may be of several kinds (julafton is an eve
 * and the day before a public holiday); a schedule's rules are then tried in this enum's order.
 */
public enum DayType {
    /**
     * One of the 13 named public holidays of lag 1989:253 (helgdag). Ordinary Sundays are public holidays in law
     * too, but the weekly pattern already names Sunday, so this day type means the named ones only.
     */
    PUBLIC_HOLIDAY,
    /** Midsommarafton, julafton, nyårsafton, påskafton and pingstafton (aftnar): treated like Sundays in practice. */
    EVE,
    /** The day before one of the named public holidays (dag före helgdag). */
    DAY_BEFORE_PUBLIC_HOLIDAY
}
