package se.larmcentral.telephony;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderAddress;
import javax.sip.message.Request;
import java.util.ListIterator;
import java.util.Optional;

/**
 * The caller's number: the network-asserted identity ({@code P-Asserted-Identity}, RFC 3325, which the trunk
 * vouches for) when present, else the {@code From} header. A withheld ({@code anonymous}) or unreadable number is
 * no number: the call is taken in all the same, as a caller with a withheld number.
 */
final class CallerNumber {

    static final String ASSERTED_IDENTITY = "P-Asserted-Identity";

    private CallerNumber() {
    }

    static Optional<PhoneNumber> of(Request invite) {
        ListIterator<?> asserted = invite.getHeaders(ASSERTED_IDENTITY);
        while (asserted != null && asserted.hasNext()) {
            Optional<PhoneNumber> number = number((Header) asserted.next());
            if (number.isPresent()) {
                return number;
            }
        }
        return number((FromHeader) invite.getHeader(FromHeader.NAME));
    }

    private static Optional<PhoneNumber> number(Header header) {
        if (!(header instanceof HeaderAddress named)) {
            return Optional.empty();
        }
        Address address = named.getAddress();
        return address == null ? Optional.empty() : number(address.getURI());
    }

    private static Optional<PhoneNumber> number(URI uri) {
        String user = uri instanceof TelURL tel ? (tel.isGlobal() ? "+" : "") + tel.getPhoneNumber()
                : uri instanceof SipURI sip ? sip.getUser() : null;
        if (user == null || user.isBlank() || user.equalsIgnoreCase("anonymous")) {
            return Optional.empty();
        }
        int parameters = user.indexOf(';');
        String bare = (parameters >= 0 ? user.substring(0, parameters) : user).replaceAll("[\\s.()\\-]", "");
        try {
            return Optional.of(PhoneNumber.parse("caller", bare));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
