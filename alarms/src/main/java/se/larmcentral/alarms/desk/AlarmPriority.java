package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.codes.SiaCode;

import java.util.Set;

/**
 * The order the operator handles alarm cases in (prioritet): life first (fire, hold-up, panic, medical, gas), then
 * property (burglary, tamper, and unknown codes, which the operator must look at), then technical (water, freeze,
 * faults). Within a priority the longest waiting first.
 */
public enum AlarmPriority {
    LIFE,
    PROPERTY,
    TECHNICAL;

    /** Codes that put life at risk: fire, sprinkler, heat, hold-up, panic, medical, gas. */
    static final Set<String> LIFE_CODES = Set.of("FA", "SA", "KA", "HA", "PA", "MA", "GA");
    /** Alarms that are about the building's technique, not a person or an intruder. */
    static final Set<String> TECHNICAL_CODES = Set.of("WA", "ZA");

    /** The priority of a signal by its code and class, with the reason in words. */
    public static Ranked of(SiaCode code) {
        if (LIFE_CODES.contains(code.code())) {
            return new Ranked(LIFE, code.code() + " (" + code.english() + ") is a life-safety alarm");
        }
        if (code.code().isEmpty()) {
            return new Ranked(TECHNICAL, "a transmission fault: the transmitter was not heard");
        }
        if (code.alarmClass() == AlarmClass.FAULT) {
            return new Ranked(TECHNICAL, code.code() + " (" + code.english() + ") is a technical fault");
        }
        if (TECHNICAL_CODES.contains(code.code())) {
            return new Ranked(TECHNICAL, code.code() + " (" + code.english() + ") is a technical alarm");
        }
        if (!code.known()) {
            return new Ranked(PROPERTY, "unknown code " + code.code() + ": handled as an intrusion alarm until looked at");
        }
        return new Ranked(PROPERTY, code.code() + " (" + code.english() + ") is a property alarm");
    }

    /** A priority and why. */
    public record Ranked(AlarmPriority priority, String explanation) {
    }
}
