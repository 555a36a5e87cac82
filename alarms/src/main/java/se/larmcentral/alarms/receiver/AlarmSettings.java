package se.larmcentral.alarms.receiver;

import se.larmcentral.alarms.dc09.AesKey;
import se.larmcentral.alarms.dc09.Dc09Account;
import se.larmcentral.alarms.dc09.TimestampWindow;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How the alarm receiving is set up (settings file section {@code alarms}). Checked when made: a bad value is
 * refused naming its setting.
 *
 * @param enabled                 false: no listener
 * @param host                    the address to listen on
 * @param tcpPort                 DC-09 over TCP (0: any free port; -1: no TCP)
 * @param udpPort                 DC-09 over UDP (0: any free port; -1: no UDP)
 * @param aheadSeconds            how far a message's timestamp may be ahead of the receiver's time (DC-09: 20)
 * @param behindSeconds           how far behind (DC-09: 40)
 * @param duplicateWindowSeconds  a message resent within this is recognised (ACKed again, recorded once)
 * @param queuePerSource          UDP frames waiting per source address; more are dropped unanswered
 * @param connectionsPerAddress   TCP connections one address may hold open
 * @param accounts                the known accounts
 */
public record AlarmSettings(boolean enabled, String host, int tcpPort, int udpPort, int aheadSeconds, int behindSeconds,
                            int duplicateWindowSeconds, int queuePerSource, int connectionsPerAddress,
                            List<AlarmAccount> accounts) {

    public AlarmSettings {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("alarms.host", "must name the address to listen on, e.g. 0.0.0.0");
        }
        port("alarms.tcpPort", tcpPort);
        port("alarms.udpPort", udpPort);
        if (enabled && tcpPort < 0 && udpPort < 0) {
            throw new InvalidInputException("alarms.tcpPort", "and alarms.udpPort are both -1: nothing to listen on");
        }
        range("alarms.timestampAheadSeconds", aheadSeconds, 0, 3600);
        range("alarms.timestampBehindSeconds", behindSeconds, 0, 3600);
        range("alarms.duplicateWindowSeconds", duplicateWindowSeconds, 0, 86_400);
        range("alarms.queuePerSource", queuePerSource, 1, 10_000);
        range("alarms.connectionsPerAddress", connectionsPerAddress, 1, 10_000);
        Map<String, AlarmAccount> seen = new HashMap<>();
        for (AlarmAccount account : accounts) {
            if (seen.put(account.account().toUpperCase(Locale.ROOT), account) != null) {
                throw new InvalidInputException("alarms.accounts", "account " + account.account() + " is named twice");
            }
        }
    }

    /** The defaults: off, DC-09's window. */
    public static AlarmSettings disabled() {
        return new AlarmSettings(false, "127.0.0.1", 0, 0, 20, 40, 600, 32, 8, List.of());
    }

    /** On, on any free ports of the loopback, with these accounts (tests, the bench). */
    public static AlarmSettings listening(List<AlarmAccount> accounts) {
        return new AlarmSettings(true, "127.0.0.1", 0, 0, 20, 40, 600, 32, 8, accounts);
    }

    public TimestampWindow window() {
        return new TimestampWindow(Duration.ofSeconds(aheadSeconds), Duration.ofSeconds(behindSeconds));
    }

    public Duration duplicateWindow() {
        return Duration.ofSeconds(duplicateWindowSeconds);
    }

    /**
     * The accounts with their keys read from {@code environment}; refused naming the account and variable when a
     * key is unset or of the wrong form (never repeating the key).
     */
    public Map<String, Dc09Account> dc09Accounts(Function<String, String> environment) {
        Map<String, Dc09Account> byNumber = new TreeMap<>();
        for (AlarmAccount account : accounts) {
            Optional<AesKey> key = Optional.empty();
            if (!account.keyEnv().isEmpty()) {
                String value = environment.apply(account.keyEnv());
                String field = "alarms.accounts: account " + account.account() + " (" + account.keyEnv() + ")";
                if (value == null || value.isBlank()) {
                    throw new InvalidInputException("alarms.accounts", "account " + account.account() + ": "
                            + account.keyEnv() + " is not set in the environment");
                }
                try {
                    key = Optional.of(account.keyForm() == AlarmAccount.KeyForm.HEX ? AesKey.hex(field, value.strip())
                            : AesKey.text(field, value.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("alarms.accounts", e.getMessage().substring("alarms.accounts: ".length()));
                }
            }
            Dc09Account dc09 = new Dc09Account(account.account(), key);
            byNumber.put(dc09.account(), dc09);
        }
        return byNumber;
    }

    /** The supervised accounts and their intervals. */
    public Map<String, Duration> supervision() {
        Map<String, Duration> intervals = new TreeMap<>();
        accounts.stream().filter(a -> a.supervisionSeconds() > 0)
                .forEach(a -> intervals.put(a.account().toUpperCase(Locale.ROOT), a.supervision()));
        return intervals;
    }

    private static void port(String setting, int port) {
        range(setting, port, -1, 65_535);
    }

    private static void range(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(setting, "must be between " + min + " and " + max + ", was " + value);
        }
    }
}
