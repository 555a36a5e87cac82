package se.larmcentral.server.demo;



import se.larmcentral.demo.DemoData;
import se.larmcentral.demo.DemoAccounts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.LarmServer;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.Account;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.Centre;
import se.larmcentral.config.SettingsLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's accounts: one per role, random passwords shown once and kept in an owner-only file. */
class DemoAccountsTest {

    @TempDir
    Path dir;

    /** A centre with the demo's data (its fleet holds the unit device's unit), as ./larm demo opens it. */
    private Centre open() {
        Centre centre = Centre.open(LarmServer.journalSettings(SettingsLoader.load(null, Map.of("LARM_DATA_DIR", dir.toString()))),
                Centre.Setup.defaults(Clock.systemUTC(), List.of(DemoData.EXTENSION)));
        DemoData.loadMissing(centre, Clock.systemUTC());
        return centre;
    }

    @Test
    void oneAccountPerRoleWithARandomPasswordKeptForTheOwnerOnly() throws IOException {
        PasswordHasher hasher = new PasswordHasher();
        String first;
        try (Centre centre = open()) {
            first = DemoAccounts.ensure(centre, hasher, dir);
            List<Account> accounts = centre.loop().read(s -> s.accounts().all());
            assertThat(accounts).hasSize(Role.values().length);
            Path file = dir.resolve(DemoAccounts.FILE);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String text = Files.readString(file);
            for (Role role : Role.values()) {
                String username = DemoAccounts.username(role);
                Account account = accounts.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
                assertThat(account.roles()).containsExactly(role);
                String line = text.lines().filter(l -> l.strip().startsWith(username + " ")).findFirst().orElseThrow();
                String password = line.strip().split("\\s+")[1];
                assertThat(password).hasSizeGreaterThanOrEqualTo(16);
                assertThat(hasher.verify(password, account.passwordHash())).as(username).isTrue();
                assertThat(first).contains(line.strip());
            }
            Account municipal = centre.loop().read(s -> s.accounts().find(DemoAccounts.username(Role.MUNICIPALITY_ADMIN))).orElseThrow();
            assertThat(municipal.municipalities()).isEqualTo(Set.of("0120"));
            assertThat(centre.loop().read(s -> s.accounts().find(DemoAccounts.username(Role.UNIT_DEVICE))).orElseThrow().unitId())
                    .isEqualTo("AMB-101");
            assertThat(centre.loop().read(s -> s.accounts().find(DemoAccounts.username(Role.HOSPITAL))).orElseThrow().hospitalId())
                    .isEqualTo(DemoAccounts.HOSPITAL);
        }
        try (Centre centre = open()) {
            long before = centre.loop().lastSequence();
            String second = DemoAccounts.ensure(centre, hasher, dir);
            assertThat(second).contains("stored", dir.resolve(DemoAccounts.FILE).toAbsolutePath().toString());
            assertThat(second.lines()).hasSize(1);
            assertThat(centre.loop().lastSequence()).isEqualTo(before);
        }
    }

    @Test
    void twoCentresGetDifferentPasswords() throws IOException {
        try (Centre centre = open()) {
            DemoAccounts.ensure(centre, new PasswordHasher(), dir);
        }
        String one = Files.readString(dir.resolve(DemoAccounts.FILE));
        Path other = dir.resolve("other");
        try (Centre centre = Centre.open(LarmServer.journalSettings(SettingsLoader.load(null,
                Map.of("LARM_DATA_DIR", other.toString()))), Centre.Setup.defaults(Clock.systemUTC(), List.of(DemoData.EXTENSION)))) {
            DemoAccounts.ensure(centre, new PasswordHasher(), other);
        }
        String two = Files.readString(other.resolve(DemoAccounts.FILE));
        assertThat(one.lines().skip(1).toList()).doesNotContainAnyElementsOf(two.lines().skip(1).toList());
    }
}
