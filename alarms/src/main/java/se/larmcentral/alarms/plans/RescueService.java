package se.larmcentral.alarms.plans;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

import java.util.regex.Pattern;

/**
 * The municipal rescue service (räddningstjänst) that answers automatic fire alarms from one municipality: several
 * municipalities may share one service (Storstockholms brandförsvar serves ten).
 *
 * @param municipalityCode the SCB municipality code, four digits ({@code 0180} Stockholm)
 * @param municipality     the municipality's name, as the operator reads it
 * @param name             the rescue service's name
 * @param alarmNumber      the number the centre alerts it on, in E.164
 * @param alarmAddress     where an automatic alarm is passed over data (an address of the service's alarm
 *                         reception), or null when it is alerted by telephone only
 */
public record RescueService(String municipalityCode, String municipality, String name, String alarmNumber,
                            String alarmAddress) {

    private static final Pattern CODE = Pattern.compile("[0-9]{4}");

    public RescueService {
        if (municipalityCode == null || !CODE.matcher(municipalityCode.strip()).matches()) {
            throw new InvalidInputException("municipalityCode", "must be the four-digit SCB code (0180 for Stockholm),"
                    + " was " + (municipalityCode == null ? "nothing" : "'" + shortened(municipalityCode) + "'"));
        }
        municipalityCode = municipalityCode.strip();
        municipality = Fields.text("municipality", municipality, 60);
        name = Fields.text("name", name, 120);
        alarmNumber = PhoneNumber.parse("alarmNumber", alarmNumber).toString();
        alarmAddress = alarmAddress == null || alarmAddress.isBlank() ? null : Fields.text("alarmAddress", alarmAddress, 200);
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
