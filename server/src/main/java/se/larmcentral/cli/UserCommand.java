package se.larmcentral.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.Account;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.AccountRules;
import se.larmcentral.centre.accounts.ApiToken;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code larm user ...}: local accounts and API tokens in the stored centre (opened offline: the centre must not be
 * running; with a running centre use its {@code /api/accounts}). The first administrator is made this way:
 * {@code larm user add NAME --role ADMINISTRATOR}. Passwords are asked for on the console without echo (twice), or
 * read from standard input with {@code --password-stdin}; they are never arguments, so they stay out of the shell's
 * history and the process list.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Local accounts and API tokens of the stored centre (the centre must not be running).",
                "The first administrator: ./larm user add NAME --role ADMINISTRATOR (there is no default password)."},
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Passwd.class,
                UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Unlock.class, UserCommand.Token.class,
                UserCommand.RevokeToken.class})
public final class UserCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand shares: the settings file, and acting on the stored centre as the operating-system user. */
    abstract static class OnCentre implements Callable<Integer> {
        @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre;"
                + " default the demo's ./data")
        Path config;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        <R> R execute(Centre centre, se.larmcentral.core.Command<CentreState, R> command) {
            return centre.loop().execute(OfflineCentre.user(), command, Duration.ofSeconds(30));
        }

        <T> T read(Centre centre, Function<CentreState, T> query) {
            return centre.loop().read(query);
        }

        Account account(Centre centre, String username) {
            return read(centre, s -> s.accounts().find(username)).orElseThrow();
        }

        @Override
        public Integer call() throws IOException {
            try (Centre centre = OfflineCentre.openToWrite(OfflineCentre.settings(config))) {
                return run(centre);
            }
        }

        abstract int run(Centre centre) throws IOException;
    }

    /** A new password: asked twice on the console without echo, or one line of standard input. */
    abstract static class WithPassword extends OnCentre {
        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;

        String newPassword() throws IOException {
            String password;
            if (passwordStdin) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                password = in.readLine();
            } else {
                Console console = System.console();
                if (console == null) {
                    throw new InvalidInputException("password", "there is no console to ask on; give it on standard"
                            + " input with --password-stdin");
                }
                char[] first = console.readPassword("New password (%d-%d characters): ", AccountRules.PASSWORD_MIN,
                        AccountRules.PASSWORD_MAX);
                char[] again = console.readPassword("The same password again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new InvalidInputException("password", "the two passwords differ; nothing was stored");
                }
                password = new String(first);
                Arrays.fill(first, ' ');
                Arrays.fill(again, ' ');
            }
            AccountRules.password("password", password);
            return password;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account with one or more roles.")
    static final class Add extends WithPassword {
        @Parameters(index = "0", paramLabel = "NAME", description = "username: lower-case letters, digits, . _ -")
        String username;

        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "a role (repeat for more): CALL_TAKER, DISPATCHER, NURSE, SUPERVISOR, MEDICAL_DIRECTOR,"
                        + " AGREEMENTS_ADMIN, MUNICIPALITY_ADMIN, AUDITOR, UNIT_DEVICE, HOSPITAL, ADMINISTRATOR,"
                        + " INTEGRATION, MONITORING (lower case and dashes also do: call-taker)")
        List<String> roles;

        @Option(names = "--municipality", paramLabel = "CODE",
                description = "a municipality a MUNICIPALITY_ADMIN administers (repeat for more), e.g. 0120")
        List<String> municipalities;

        @Option(names = "--unit", paramLabel = "ID", description = "the unit a UNIT_DEVICE reports for")
        String unit;

        @Option(names = "--hospital", paramLabel = "ID",
                description = "the hospital whose pre-alerts a HOSPITAL account reads (a hospital id of the fleet)")
        String hospital;

        @Option(names = "--no-password", description = "an account that signs in with API tokens only (a unit device,"
                + " an integration)")
        boolean noPassword;

        @Override
        int run(Centre centre) throws IOException {
            AccountRules.username("username", username);
            Set<Role> parsed = AccountRules.roles(roles);
            String hash = noPassword ? null : new PasswordHasher().hash(newPassword());
            execute(centre, AccountCommands.create(username, parsed,
                    municipalities == null ? Set.of() : new HashSet<>(municipalities), unit, hospital, hash));
            out().println("created account " + describe(account(centre, username)));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListAccounts extends OnCentre {
        @Override
        int run(Centre centre) {
            List<Account> accounts = read(centre, s -> s.accounts().all());
            if (accounts.isEmpty()) {
                out().println("no accounts; make the first administrator with: larm user add NAME --role ADMINISTRATOR");
            }
            for (Account account : accounts) {
                out().println(describe(account));
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set an account's password.")
    static final class Passwd extends WithPassword {
        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Override
        int run(Centre centre) throws IOException {
            read(centre, s -> s.accounts().find(username)).orElseThrow(() -> notFound(username));
            execute(centre, AccountCommands.changePassword(username, new PasswordHasher().hash(newPassword())));
            out().println("password of " + username + " changed");
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = {"Disable an account (its tokens too).",
            "The last enabled ADMINISTRATOR cannot be disabled: add another first."})
    static final class Disable extends AccountChange {
        Disable() {
            super("disabled", AccountCommands::disable);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account.")
    static final class Enable extends AccountChange {
        Enable() {
            super("enabled", AccountCommands::enable);
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift a lockout after failed logins (a running centre: POST /api/accounts/NAME/unlock).")
    static final class Unlock extends AccountChange {
        Unlock() {
            super("unlocked", AccountCommands::unlock);
        }
    }

    /** One change to one named account, then the account as it is now. */
    abstract static class AccountChange extends OnCentre {
        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        private final String done;
        private final Function<String, se.larmcentral.core.Command<CentreState, String>> change;

        AccountChange(String done, Function<String, se.larmcentral.core.Command<CentreState, String>> change) {
            this.done = done;
            this.change = change;
        }

        @Override
        int run(Centre centre) {
            execute(centre, change.apply(username));
            out().println(done + " " + describe(account(centre, username)));
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Issue an API token for an account; it is printed this once and stored only as a hash.")
    static final class Token extends OnCentre {
        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Option(names = "--name", paramLabel = "LABEL", required = true, description = "what the token is for, e.g. the"
                + " device")
        String label;

        @Option(names = "--expires", paramLabel = "WHEN", description = "an instant with offset"
                + " (2026-12-31T23:59:00+01:00) or a number of days (90d); default: never")
        String expires;

        @Override
        int run(Centre centre) {
            Instant expiresAt = expiry(expires);
            TokenSecret secret = TokenSecret.generate();
            ApiToken token = execute(centre, AccountCommands.issueToken(username, secret.tokenId(), label,
                    secret.secretHash(), expiresAt));
            out().println("API token " + token.tokenId() + " for " + username + " (" + token.name() + "), "
                    + (expiresAt == null ? "does not expire" : "expires " + expiresAt)
                    + "; it is shown this once, keep it secret:");
            out().println(secret.token());
            return 0;
        }

        private static Instant expiry(String value) {
            if (value == null) {
                return null;
            }
            if (value.matches("\\d{1,4}d")) {
                return Instant.now().plus(Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1))));
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("--expires", "must be an instant with offset"
                        + " (2026-12-31T23:59:00+01:00) or days (90d), was '" + value + "'");
            }
        }
    }

    @Command(name = "revoke-token", mixinStandardHelpOptions = true, description = "Revoke an API token by its id.")
    static final class RevokeToken extends OnCentre {
        @Parameters(index = "0", paramLabel = "ID", description = "the token's id (tok-...), as issued or listed")
        String tokenId;

        @Override
        int run(Centre centre) {
            ApiToken token = execute(centre, AccountCommands.revokeToken(tokenId));
            out().println("revoked API token " + token.tokenId() + " of " + token.username() + " (" + token.name() + ")");
            return 0;
        }
    }

    static String describe(Account a) {
        StringBuilder text = new StringBuilder(a.username()).append("  roles ").append(new TreeSet<>(a.roles()));
        if (!a.municipalities().isEmpty()) {
            text.append("  municipalities ").append(new TreeSet<>(a.municipalities()));
        }
        if (a.unitId() != null) {
            text.append("  unit ").append(a.unitId());
        }
        if (a.hospitalId() != null) {
            text.append("  hospital ").append(a.hospitalId());
        }
        text.append(a.passwordHash() == null ? "  API tokens only" : "");
        text.append(a.disabled() ? "  DISABLED" : "");
        text.append(a.lockedUntil() != null ? "  locked until " + a.lockedUntil() : "");
        return text.toString();
    }

    private static se.larmcentral.core.NotFoundException notFound(String username) {
        return new se.larmcentral.core.NotFoundException("username", "no account named '" + username + "'");
    }
}
