package se.larmcentral.calls;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;

/**
 * The number a caller dialled into the centre: 112, 113 13, 116 000, or a municipality's direct number
 * (kommunens direktnummer) with the municipality it belongs to, or a customer's on-call line (jourlinje), which
 * belongs to no municipality. Exactly one of {@code service} and {@code directNumber} is set; {@code municipalityCode}
 * is set only with a direct number, and with every municipality's direct number.
 */
public record DialledLine(ServiceNumber service, PhoneNumber directNumber, String municipalityCode) {

    public DialledLine {
        if ((service == null) == (directNumber == null)) {
            throw new InvalidInputException("line", "must be either a service number (112, 113 13, 116 000) or a direct number");
        }
        if (service != null) {
            if (service != ServiceNumber.EMERGENCY_112 && service != ServiceNumber.CRISIS_INFORMATION_113_13
                    && service != ServiceNumber.MISSING_CHILDREN_116_000) {
                throw new InvalidInputException("line", "the centre does not answer " + service.dialled()
                        + "; it answers 112, 113 13, 116 000 and municipal direct numbers");
            }
            if (municipalityCode != null) {
                throw new InvalidInputException("line.municipalityCode", "belongs only to a direct number");
            }
        } else if (municipalityCode != null) {
            Ids.municipalityCode("line.municipalityCode", municipalityCode);
        }
    }

    public static DialledLine service(ServiceNumber service) {
        return new DialledLine(service, null, null);
    }

    public static DialledLine direct(PhoneNumber number, String municipalityCode) {
        return new DialledLine(null, number, municipalityCode);
    }

    /** A customer's on-call line: a number into the centre that belongs to no municipality. */
    public static DialledLine customerLine(PhoneNumber number) {
        return new DialledLine(null, number, null);
    }

    /**
     * Parses the number as a client gives it: {@code 112}, {@code 11313} / {@code 113 13}, {@code 116000} /
     * {@code 116 000}, or a direct number (Swedish or E.164 form) with its municipality's code.
     */
    public static DialledLine parse(String field, String dialled, String municipalityCode) {
        if (dialled == null || dialled.isBlank()) {
            throw new InvalidInputException(field, "is missing; give 112, 113 13, 116 000 or a direct number");
        }
        String digits = dialled.replaceAll("[\\s-]", "");
        for (ServiceNumber service : new ServiceNumber[]{ServiceNumber.EMERGENCY_112,
                ServiceNumber.CRISIS_INFORMATION_113_13, ServiceNumber.MISSING_CHILDREN_116_000}) {
            if (digits.equals(service.dialled().replace(" ", ""))) {
                if (municipalityCode != null && !municipalityCode.isBlank()) {
                    throw new InvalidInputException(field, service.dialled() + " is national; a municipality code belongs only to a direct number");
                }
                return service(service);
            }
        }
        if (municipalityCode == null || municipalityCode.isBlank()) {
            throw new InvalidInputException(field, "'" + dialled + "' is a direct number; name the municipality it belongs to");
        }
        return direct(PhoneNumber.parse(field, dialled), municipalityCode);
    }

    /** Whether the text is one of the service numbers the centre answers (112, 113 13, 116 000), in any spacing. */
    public static boolean isServiceNumber(String dialled) {
        if (dialled == null) {
            return false;
        }
        String digits = dialled.replaceAll("[\\s-]", "");
        for (ServiceNumber service : new ServiceNumber[]{ServiceNumber.EMERGENCY_112,
                ServiceNumber.CRISIS_INFORMATION_113_13, ServiceNumber.MISSING_CHILDREN_116_000}) {
            if (digits.equals(service.dialled().replace(" ", ""))) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmergency112() {
        return service == ServiceNumber.EMERGENCY_112;
    }

    /** As shown to an operator: {@code 112}, {@code 113 13}, {@code 116 000}, {@code 08-... (0180)} or a customer line's {@code 08-...}. */
    public String label() {
        if (service != null) {
            return service.dialled();
        }
        return directNumber.national() + (municipalityCode != null ? " (" + municipalityCode + ")" : "");
    }
}
