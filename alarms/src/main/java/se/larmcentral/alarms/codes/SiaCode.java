package se.larmcentral.alarms.codes;

/**
 * One SIA DC-03 event code (händelsekod) with its meaning in Swedish and English and its class.
 *
 * @param code two upper-case letters as sent ({@code BA})
 */
public record SiaCode(String code, String swedish, String english, AlarmClass alarmClass) {

    /** A code the table does not hold: shown as unknown, with the code as sent. */
    public static SiaCode unknown(String code) {
        return new SiaCode(code, "Okänd händelsekod", "Unknown event code", AlarmClass.UNKNOWN);
    }

    public boolean known() {
        return alarmClass != AlarmClass.UNKNOWN;
    }
}
