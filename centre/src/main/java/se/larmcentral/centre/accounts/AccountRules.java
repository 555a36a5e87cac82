package se.larmcentral.centre.accounts;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.social.MunicipalityRegistry;

import se.larmcentral.dispatch.DispatchState;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What an account's fields may hold; each refusal names the field. */
public final class AccountRules {

    /** Lower case, starting with a letter: what a person types at the login prompt and what the journal shows. */
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final int PASSWORD_MIN = 12;
    /** Long enough for any passphrase, short enough that hashing one is no way to load the server. */
    public static final int PASSWORD_MAX = 128;
    static final int TOKEN_NAME_MAX = 100;

    private AccountRules() {
    }

    public static String username(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must name the account");
        }
        if (!USERNAME.matcher(value).matches()) {
            throw new InvalidInputException(field, "must be 2-64 characters: lower-case letters, digits, '.', '_' or"
                    + " '-', starting with a letter; was '" + abbreviate(value) + "'");
        }
        return value;
    }

    /** Role names as written ({@code CALL_TAKER}, {@code call-taker}); at least one. */
    public static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("roles", "must name at least one role (" + known() + ")");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            String normal = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                roles.add(Role.valueOf(normal));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("roles", "'" + abbreviate(String.valueOf(name)) + "' is not a role ("
                        + known() + ")");
            }
        }
        return roles;
    }

    private static String known() {
        return Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A municipality administrator names at least one known municipality; nobody else names any. */
    public static Set<String> municipalities(Set<Role> roles, Set<String> codes, MunicipalityRegistry registry) {
        Set<String> checked = new TreeSet<>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            String value = code == null ? "" : code.strip();
            if (registry.find(value).isEmpty()) {
                throw new InvalidInputException("municipalities", "'" + abbreviate(value)
                        + "' is not a municipality code of the registry (four digits, e.g. 0120 for Värmdö)");
            }
            checked.add(value);
        }
        if (roles.contains(Role.MUNICIPALITY_ADMIN) && checked.isEmpty()) {
            throw new InvalidInputException("municipalities", "a MUNICIPALITY_ADMIN must name the municipalities"
                    + " they administer (at least one code)");
        }
        if (!roles.contains(Role.MUNICIPALITY_ADMIN) && !checked.isEmpty()) {
            throw new InvalidInputException("municipalities", "only a MUNICIPALITY_ADMIN is limited to municipalities");
        }
        return checked;
    }

    /** A unit device names the one registered unit it reports for; nobody else names one. */
    public static String unitId(Set<Role> roles, String unitId, DispatchState fleet) {
        String value = unitId == null || unitId.isBlank() ? null : unitId.strip();
        if (roles.contains(Role.UNIT_DEVICE)) {
            if (value == null) {
                throw new InvalidInputException("unitId", "a UNIT_DEVICE must name the unit it reports for");
            }
            if (!UNIT_ID.matcher(value).matches()) {
                throw new InvalidInputException("unitId", "must be a unit id (letters, digits, '.', '_', '-'; at most"
                        + " 64), was '" + abbreviate(value) + "'");
            }
            if (fleet.unit(value).isEmpty()) {
                throw new InvalidInputException("unitId", "there is no unit '" + value + "' in the fleet: a"
                        + " UNIT_DEVICE reports for a registered unit (GET /api/dispatch/units lists them)");
            }
        } else if (value != null) {
            throw new InvalidInputException("unitId", "only a UNIT_DEVICE is bound to a unit");
        }
        return value;
    }

    /** A hospital account names the one registered hospital whose pre-alerts it reads; nobody else names one. */
    public static String hospitalId(Set<Role> roles, String hospitalId, DispatchState fleet) {
        String value = hospitalId == null || hospitalId.isBlank() ? null : hospitalId.strip();
        if (roles.contains(Role.HOSPITAL)) {
            if (value == null) {
                throw new InvalidInputException("hospitalId", "a HOSPITAL account must name its hospital");
            }
            if (!UNIT_ID.matcher(value).matches()) {
                throw new InvalidInputException("hospitalId", "must be a hospital id (letters, digits, '.', '_', '-';"
                        + " at most 64), was '" + abbreviate(value) + "'");
            }
            if (fleet.hospital(value).isEmpty()) {
                throw new InvalidInputException("hospitalId", "there is no hospital '" + value + "' in the fleet: a"
                        + " HOSPITAL account reads a registered hospital's pre-alerts (GET /api/dispatch/fleet lists them)");
            }
        } else if (value != null) {
            throw new InvalidInputException("hospitalId", "only a HOSPITAL account is bound to a hospital");
        }
        return value;
    }

    /** Checks a new password before it is hashed. Never echoes it. */
    public static void password(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, "must be given");
        }
        int length = password.codePointCount(0, password.length());
        if (length < PASSWORD_MIN) {
            throw new InvalidInputException(field, "must be at least " + PASSWORD_MIN + " characters, was " + length);
        }
        if (length > PASSWORD_MAX) {
            throw new InvalidInputException(field, "must be at most " + PASSWORD_MAX + " characters, was " + length);
        }
        if (password.isBlank()) {
            throw new InvalidInputException(field, "must not be only spaces");
        }
    }

    public static String tokenName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must say what the token is for (e.g. the device or integration)");
        }
        if (name.length() > TOKEN_NAME_MAX) {
            throw new InvalidInputException("name", "must be at most " + TOKEN_NAME_MAX + " characters");
        }
        return name.strip();
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
