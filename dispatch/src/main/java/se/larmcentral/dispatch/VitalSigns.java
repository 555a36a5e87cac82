package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;

/**
 * The vital signs of a pre-alert (vitalparametrar), each optional (null: not measured) and each held to the range a
 * living patient's measurement can have, so a typing slip (a pulse of 1200) is refused rather than shown to the
 * receiving team.
 *
 * @param respiratoryRate breaths per minute
 * @param spo2            oxygen saturation, percent
 * @param pulse           beats per minute
 * @param systolicBp      systolic blood pressure, mmHg
 * @param avpu            consciousness on the AVPU scale
 * @param rls             consciousness on the Reaction Level Scale (RLS-85), 1 (alert) to 8 (unresponsive)
 * @param temperature     body temperature, °C
 */
public record VitalSigns(Integer respiratoryRate, Integer spo2, Integer pulse, Integer systolicBp, Avpu avpu,
                         Integer rls, Double temperature) {

    public static final VitalSigns NONE = new VitalSigns(null, null, null, null, null, null, null);

    /** The signs, or a refusal naming the field ({@code vitals.pulse}) and its range. */
    VitalSigns checked(String field) {
        range(field + ".respiratoryRate", respiratoryRate, 0, 80, "breaths per minute");
        range(field + ".spo2", spo2, 30, 100, "percent");
        range(field + ".pulse", pulse, 0, 300, "beats per minute");
        range(field + ".systolicBp", systolicBp, 0, 300, "mmHg");
        range(field + ".rls", rls, 1, 8, "on the RLS-85 scale");
        if (temperature != null && (temperature.isNaN() || temperature < 25.0 || temperature > 45.0)) {
            throw new InvalidInputException(field + ".temperature", "must be 25.0-45.0 °C, was " + temperature);
        }
        return this;
    }

    private static void range(String field, Integer value, int min, int max, String unit) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, "must be " + min + "-" + max + " " + unit + ", was " + value);
        }
    }
}
