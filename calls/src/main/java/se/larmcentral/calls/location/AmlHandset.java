package se.larmcentral.calls.location;

import se.larmcentral.core.PhoneNumber;

/**
 * The handset and SIM in an AML message; null when absent or bad.
 *
 * @param imsi      SIM identity (SMS {@code si}, HTTPS {@code device_imsi} or {@code imsi})
 * @param imei      handset identity (SMS {@code ei}, HTTPS {@code device_imei} or {@code imei})
 * @param iccid     SIM card number (HTTPS {@code device_iccid})
 * @param number    the handset's own number (HTTPS {@code device_number}), used to find the call
 * @param model     HTTPS {@code device_model}
 * @param os        HTTPS {@code device_os}
 * @param languages HTTPS {@code device_languages}, BCP 47 tags, most preferred first
 */
public record AmlHandset(String imsi, String imei, String iccid, PhoneNumber number, String model, String os,
                         String languages) {
}
