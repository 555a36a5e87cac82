package se.larmcentral.calls.location;

import java.time.Instant;

/**
 * About the AML message itself; null when absent or bad.
 *
 * @param version            SMS header {@code A"ML=1}, HTTPS {@code v}
 * @param thunderbirdVersion HTTPS {@code thunderbird_version}
 * @param emergencyNumber    the number dialled (HTTPS {@code emergency_number})
 * @param activation         what started the message, {@code call} or {@code sms} (HTTPS {@code source})
 * @param callStartedAt      HTTPS {@code time}, ms since the epoch
 * @param declaredLength     SMS {@code ml}: the length the sender declared (checked against the text)
 * @param hmac               HTTPS {@code hmac}, the message authentication code as sent (not verified here)
 */
public record AmlMessageInfo(String version, String thunderbirdVersion, String emergencyNumber, String activation,
                             Instant callStartedAt, Integer declaredLength, String hmac) {
}
