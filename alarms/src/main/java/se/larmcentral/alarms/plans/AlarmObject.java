package se.larmcentral.alarms.plans;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A customer's site with alarm transmitters (larmobjekt): where it is and the DC-09 accounts its transmitters send
 * from. An account belongs to one object across all customers (checked by the register).
 *
 * @param accounts the transmitters' account numbers (3-16 hex digits, upper case), at least one
 */
public record AlarmObject(String id, String customerId, String name, String address, GeoPoint position,
                          List<String> accounts) {

    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-F]{3,16}");

    public AlarmObject {
        Fields.id("id", id);
        Fields.id("customerId", customerId);
        name = Fields.text("name", name, 120);
        address = Fields.text("address", address, 200);
        if (position == null) {
            throw new InvalidInputException("position", "is missing; give lat and lon in degrees");
        }
        if (accounts == null || accounts.isEmpty()) {
            throw new InvalidInputException("accounts", "must name at least one transmitter account");
        }
        accounts = accounts.stream().map(a -> a == null ? "" : a.strip().toUpperCase(Locale.ROOT)).toList();
        for (int i = 0; i < accounts.size(); i++) {
            if (!ACCOUNT.matcher(accounts.get(i)).matches()) {
                throw new InvalidInputException("accounts[" + i + "]", "must be 3-16 hex digits, was '"
                        + accounts.get(i) + "'");
            }
        }
        if (new HashSet<>(accounts).size() != accounts.size()) {
            throw new InvalidInputException("accounts", "names an account twice");
        }
    }
}
