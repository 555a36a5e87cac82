package se.larmcentral.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.accounts.Account;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.core.Actor;
import se.larmcentral.server.LarmServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A demo stored before the HOSPITAL role existed gets its hospital account at the next start, added to the file. */
class DemoAccountsAddedLaterTest {

    @TempDir
    Path dir;

    @Test
    void aRoleWithoutADemoAccountGetsOneAndItsPasswordIsAddedToTheFile() throws IOException {
        PasswordHasher hasher = new PasswordHasher();
        Actor loader = new Actor("demo-loader", Actor.Kind.SYSTEM);
        try (Centre centre = Centre.open(LarmServer.journalSettings(SettingsLoader.load(null, Map.of("LARM_DATA_DIR",
                dir.toString()))), Centre.Setup.defaults(Clock.systemUTC(), List.of(DemoData.EXTENSION)))) {
            DemoData.loadMissing(centre, Clock.systemUTC());
            // as an earlier release left it: every other role's account, the seed marked, the file written
            centre.execute(loader, AccountCommands.create(DemoAccounts.username(Role.NURSE), Set.of(Role.NURSE),
                    Set.of(), null, hasher.hash("an earlier demo password")));
            centre.execute(loader, LoadedSeeds.markLoaded(DemoAccounts.SEED).on(LoadedSeeds::of));
            Path file = dir.resolve(DemoAccounts.FILE);
            Files.writeString(file, "# earlier\n  demo-nurse  secret  NURSE\n");

            String said = DemoAccounts.ensure(centre, hasher, dir);

            Account hospital = centre.loop().read(s -> s.accounts().find(DemoAccounts.username(Role.HOSPITAL))).orElseThrow();
            assertThat(hospital.hospitalId()).isEqualTo(DemoAccounts.HOSPITAL);
            String line = Files.readString(file).lines().filter(l -> l.strip().startsWith("demo-hospital ")).findFirst()
                    .orElseThrow();
            assertThat(hasher.verify(line.strip().split("\\s+")[1], hospital.passwordHash())).isTrue();
            assertThat(said).contains("new demo accounts", line.strip());
            assertThat(Files.readString(file)).startsWith("# earlier\n  demo-nurse  secret  NURSE\n");
            long after = centre.loop().lastSequence();
            assertThat(DemoAccounts.ensure(centre, hasher, dir)).doesNotContain("new demo accounts");
            assertThat(centre.loop().lastSequence()).isEqualTo(after);
        }
    }
}
