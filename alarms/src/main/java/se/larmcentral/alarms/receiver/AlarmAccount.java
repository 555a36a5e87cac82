package se.larmcentral.alarms.receiver;

import se.larmcentral.core.InvalidInputException;

import java.time.Duration;

/**
 * One account as the settings give it ({@code alarms.accounts[i]}): its number, the environment variable holding its
 * AES key (empty: plain messages), the key's form, and the supervision interval (0: not supervised).
 *
 * @param account            3-16 hex digits, as the transmitter sends it
 * @param keyEnv             the variable holding the key (never the key itself); empty for an unencrypted account
 * @param keyForm            HEX (32, 48 or 64 hex digits, the standard's) or TEXT (16, 24 or 32 characters as bytes)
 * @param supervisionSeconds the transmitter's test or link-test interval; silent past it raises a fault
 */
public record AlarmAccount(String account, String keyEnv, KeyForm keyForm, int supervisionSeconds) {

    /** How the key's variable is written. */
    public enum KeyForm { HEX, TEXT }

    public AlarmAccount {
        keyEnv = keyEnv == null ? "" : keyEnv.strip();
        keyForm = keyForm == null ? KeyForm.HEX : keyForm;
        if (account == null || !account.matches("[0-9A-Fa-f]{3,16}")) {
            throw new InvalidInputException("alarms.accounts", "account '" + account + "' must be 3-16 hex digits");
        }
        // A key pasted here instead of its variable's name is refused without repeating it.
        if (!keyEnv.isEmpty() && (!keyEnv.matches("[A-Z_][A-Z0-9_]*") || keyEnv.matches("[0-9A-F]{16,}"))) {
            throw new InvalidInputException("alarms.accounts", "account " + account
                    + ": keyEnv must name an environment variable (A-Z, 0-9, _, not a key), e.g. LARM_ALARM_1234_KEY");
        }
        if (supervisionSeconds < 0 || supervisionSeconds > 7 * 24 * 3600) {
            throw new InvalidInputException("alarms.accounts",
                    "account " + account + ": supervisionSeconds must be between 0 and 604800, was " + supervisionSeconds);
        }
    }

    public Duration supervision() {
        return Duration.ofSeconds(supervisionSeconds);
    }
}
