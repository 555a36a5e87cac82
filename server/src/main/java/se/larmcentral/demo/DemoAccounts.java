package se.larmcentral.demo;

import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainException;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.centre.CentreState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One demo account per role, made once with random passwords: printed at the first start and kept in
 * {@code <dataDir>/demo-accounts.txt}, readable by its owner only. There is no default password anywhere.
 */
public final class DemoAccounts {

    static final String SEED = "demo accounts";
    public static final String FILE = "demo-accounts.txt";
    private static final Actor LOADER = new Actor("demo-loader", Actor.Kind.SYSTEM);
    /** Värmdö, whose roster the demo's municipality administrator keeps. */
    static final String MUNICIPALITY = "0120";
    /** A unit of the demo fleet, the demo unit device's. */
    public static final String UNIT = "AMB-101";
    /** An adult emergency department of the demo fleet near the city centre, the demo hospital account's. */
    public static final String HOSPITAL = "st-goran";

    record Login(String username, Role role, String password) {
        @Override
        public String toString() {
            return "Login[" + username + "]";
        }
    }

    private DemoAccounts() {
    }

    public static String username(Role role) {
        return "demo-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Creates the demo accounts unless the journal holds them; returns what to print at start-up. */
    public static String ensure(CommandPort centre, PasswordHasher hasher, Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (centre.read(state -> LoadedSeeds.of(state).contains(SEED))) {
            return "demo accounts: stored; their passwords are in " + file.toAbsolutePath()
                    + (Files.isRegularFile(file) ? "" : " (missing: set new ones with ./larm user passwd NAME)")
                    + addedLater(centre, hasher, file);
        }
        List<Login> logins = new ArrayList<>();
        for (Role role : Role.values()) {
            logins.add(new Login(username(role), role, TokenSecret.randomText(12)));
        }
        String text = text(logins);
        write(file, text);
        try {
            for (Login login : logins) {
                create(centre, hasher, login);
            }
            centre.execute(LOADER, LoadedSeeds.markLoaded(SEED).on(LoadedSeeds::of));
        } catch (DomainException e) {
            return "demo accounts: NOT created (" + e.getMessage() + "; the journal holds part of them from an"
                    + " interrupted start: delete the data folder to start over)";
        }
        return "demo accounts (shown this once; kept in " + file.toAbsolutePath() + ", readable by you only):\n" + text;
    }

    private static void create(CommandPort centre, PasswordHasher hasher, Login login) {
        centre.execute(LOADER, AccountCommands.create(login.username(), EnumSet.of(login.role()),
                login.role() == Role.MUNICIPALITY_ADMIN ? Set.of(MUNICIPALITY) : Set.of(),
                login.role() == Role.UNIT_DEVICE ? UNIT : null, login.role() == Role.HOSPITAL ? HOSPITAL : null,
                hasher.hash(login.password())));
    }

    /**
     * A demo stored before a role existed (HOSPITAL) gets that role's account at its next start, its password added
     * to the file; nothing when every role has one.
     */
    private static String addedLater(CommandPort centre, PasswordHasher hasher, Path file) {
        List<Login> added = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = username(role);
            if (centre.read(state -> state.accounts().find(name).isEmpty())) {
                Login login = new Login(name, role, TokenSecret.randomText(12));
                try {
                    create(centre, hasher, login);
                } catch (DomainException e) {
                    return "\ndemo account " + name + " NOT created: " + e.getMessage();
                }
                added.add(login);
            }
        }
        if (added.isEmpty()) {
            return "";
        }
        String text = text(added);
        try {
            if (Files.isRegularFile(file)) {
                Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add to the demo accounts in " + file, e);
        }
        return "\nnew demo accounts (shown this once; added to " + file.toAbsolutePath() + "):\n" + text;
    }

    private static String text(List<Login> logins) {
        StringBuilder text = new StringBuilder();
        for (Login login : logins) {
            text.append(String.format("  %-26s %-20s %s%n", login.username(), login.password(), login.role()));
        }
        return text.toString();
    }

    /** Written owner-only from the start, so the passwords are never readable by others, even for a moment. */
    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, "# Larmcentral demo accounts: username, password, role. Log in at the console.\n" + text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo accounts to " + file, e);
        }
    }
}
