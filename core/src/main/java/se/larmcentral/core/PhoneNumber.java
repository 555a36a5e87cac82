package se.larmcentral.core;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A telephone number in E.164 form ({@code +4681234567}); stored and compared in that form only.
 * Accepts Swedish national forms as input ({@code 08-123 456 7}, {@code 010-...}, {@code 0046...}).
 * Swedish service numbers that have no E.164 form (112, 114 14, 113 13, 116 000) are {@link ServiceNumber}s.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new InvalidInputException("phoneNumber", "must be in E.164 form (+46...), was '" + e164 + "'");
        }
    }

    /** Parses user input in E.164 or a Swedish national form; the field name goes into the error. */
    public static PhoneNumber parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing; give a Swedish or E.164 telephone number");
        }
        String cleaned = text.strip();
        if (cleaned.startsWith("00")) {
            cleaned = "+" + cleaned.substring(2);
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(cleaned, "SE");
            if (!UTIL.isValidNumber(parsed)) {
                throw new InvalidInputException(field, "'" + text + "' is not a valid Swedish or E.164 telephone number");
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a telephone number: " + reason(e.getErrorType()));
        }
    }

    /** The parser's refusal in words for the user (its own message names its internals). */
    private static String reason(NumberParseException.ErrorType type) {
        return switch (type) {
            case INVALID_COUNTRY_CODE -> "its country code is not valid; give a Swedish number or +<country code>...";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "it is too short";
            case TOO_LONG -> "it is too long";
            case NOT_A_NUMBER -> "it has too few digits or characters that are not part of a number";
        };
    }

    /** The number as a Swede would dial it at home, for screens: {@code 08-123 456 7}. */
    public String national() {
        try {
            return UTIL.format(UTIL.parse(e164, "SE"), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
