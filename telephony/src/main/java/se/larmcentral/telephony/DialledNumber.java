package se.larmcentral.telephony;

import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;

/**
 * The number a caller dialled, as the Request-URI carries it: the user part of a {@code sip:}/{@code sips:} URI
 * ({@code sip:112@centre;user=phone}, {@code sip:+46812345678@centre}) or a {@code tel:} URL, with its parameters
 * and visual separators removed. What the centre makes of it (service number, direct number, E.164) is
 * {@code DialledLines}' to say.
 */
final class DialledNumber {

    private DialledNumber() {
    }

    static String of(URI requestUri) {
        String number;
        if (requestUri instanceof TelURL tel) {
            number = (tel.isGlobal() ? "+" : "") + tel.getPhoneNumber();
        } else if (requestUri instanceof SipURI sip) {
            number = sip.getUser();
        } else {
            throw new SipRefusal(416, "Unsupported URI Scheme: only sip, sips and tel are served");
        }
        if (number == null || number.isBlank()) {
            throw new SipRefusal(404, "Not Found: the Request-URI names no number");
        }
        int parameters = number.indexOf(';');
        String bare = (parameters >= 0 ? number.substring(0, parameters) : number).replaceAll("[\\s.()\\-]", "");
        if (!bare.matches("\\+?[0-9]{2,20}")) {
            throw new SipRefusal(404, "Not Found: '" + printable(bare) + "' is not a telephone number");
        }
        return bare;
    }

    /** At most 32 printable ASCII characters of what a peer sent, safe to put in a reason phrase. */
    static String printable(String text) {
        String safe = text.replaceAll("[^\\x21-\\x7e]", "?");
        return safe.length() > 32 ? safe.substring(0, 32) + "..." : safe;
    }
}
