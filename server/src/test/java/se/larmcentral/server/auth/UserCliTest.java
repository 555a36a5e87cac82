package se.larmcentral.server.auth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.centre.accounts.Account;
import se.larmcentral.centre.accounts.ApiToken;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.Main;
import se.larmcentral.cli.OfflineCentre;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code larm user ...} against a stored centre in a temporary folder. */
class UserCliTest {

    @TempDir
    Path dir;

    private Path settings;
    private final InputStream stdin = System.in;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void settings() throws IOException {
        settings = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + dir.resolve("data") + "\n");
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private Run larm(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = settings.toString();
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    private <T> T stored(Function<Centre, T> query) {
        try (Centre centre = OfflineCentre.open(OfflineCentre.settings(settings))) {
            return query.apply(centre);
        }
    }

    private Optional<Account> account(String username) {
        return stored(c -> c.loop().read(s -> s.accounts().find(username)));
    }

    @Test
    void theFirstAdministratorIsAddedWithAPasswordFromStandardInput() {
        Run empty = larm("", "user", "list");
        assertThat(empty.exit()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("no accounts", "larm user add NAME --role ADMINISTRATOR");

        Run added = larm("a long admin passphrase\n", "user", "add", "admin", "--role", "ADMINISTRATOR", "--password-stdin");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("created account admin", "ADMINISTRATOR").doesNotContain("passphrase");
        Account admin = account("admin").orElseThrow();
        assertThat(new PasswordHasher().verify("a long admin passphrase", admin.passwordHash())).isTrue();

        Run municipal = larm("", "user", "add", "varmdo", "--role", "municipality-admin", "--municipality", "0120",
                "--no-password");
        assertThat(municipal.exit()).as(municipal.err()).isZero();
        Run list = larm("", "user", "list");
        assertThat(list.out()).contains("admin  roles [ADMINISTRATOR]", "varmdo  roles [MUNICIPALITY_ADMIN]  municipalities [0120]  API tokens only");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        Run shortPassword = larm("too short\n", "user", "add", "admin", "--role", "ADMINISTRATOR", "--password-stdin");
        assertThat(shortPassword.exit()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("password", "at least 12").doesNotContain("too short");
        Run badRole = larm("a long admin passphrase\n", "user", "add", "admin", "--role", "KING", "--password-stdin");
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("roles", "KING");
        Run noUnit = larm("", "user", "add", "amb-101", "--role", "UNIT_DEVICE", "--no-password");
        assertThat(noUnit.exit()).isEqualTo(2);
        assertThat(noUnit.err()).contains("unitId");
        Run badName = larm("", "user", "add", "Admin!", "--role", "ADMINISTRATOR", "--no-password");
        assertThat(badName.exit()).isEqualTo(2);
        assertThat(badName.err()).contains("username");
        long events = stored(c -> c.loop().lastSequence());
        assertThat(events).isZero();
    }

    @Test
    void aHospitalAccountIsBoundToAHospitalOfTheFleet() throws IOException {
        Run none = larm("", "user", "add", "stg-akuten", "--role", "HOSPITAL", "--no-password");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("hospitalId", "must name its hospital");
        Run unknown = larm("", "user", "add", "stg-akuten", "--role", "HOSPITAL", "--hospital", "st-goran", "--no-password");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("hospitalId", "no hospital 'st-goran' in the fleet");
        Run notHospital = larm("", "user", "add", "nurse", "--role", "NURSE", "--hospital", "st-goran", "--no-password");
        assertThat(notHospital.exit()).isEqualTo(2);
        assertThat(notHospital.err()).contains("hospitalId", "only a HOSPITAL account");
        Path fleet = Files.writeString(dir.resolve("fleet.yaml"), """
                format: larmcentral-fleet/1
                name: One hospital
                illustrative: true
                hospitals:
                  - {id: st-goran, name: "S:t Göran", position: "59.3372,18.0253", capabilities: [adult]}
                stations: []
                """);
        Run imported = larm("", "dispatch", "import", fleet.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Run added = larm("", "user", "add", "stg-akuten", "--role", "HOSPITAL", "--hospital", "st-goran", "--no-password");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("hospital st-goran");
        assertThat(account("stg-akuten").orElseThrow().hospitalId()).isEqualTo("st-goran");
    }

    @Test
    void aTokenIsPrintedOnceStoredAsAHashAndCanBeRevoked() throws IOException {
        Run unknownUnit = larm("", "user", "add", "amb-101", "--role", "UNIT_DEVICE", "--unit", "AMB-101", "--no-password");
        assertThat(unknownUnit.exit()).isEqualTo(2);
        assertThat(unknownUnit.err()).contains("unitId", "no unit 'AMB-101' in the fleet");
        Path fleet = Files.writeString(dir.resolve("fleet.yaml"), """
                format: larmcentral-fleet/1
                name: One unit
                illustrative: true
                hospitals: []
                stations:
                  - {id: south, name: Station South, position: "59.3098,18.0519", units: [{id: AMB-101, type: ambulance}]}
                """);
        Run imported = larm("", "dispatch", "import", fleet.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Run added = larm("", "user", "add", "amb-101", "--role", "UNIT_DEVICE", "--unit", "AMB-101", "--no-password");
        assertThat(added.exit()).as(added.err()).isZero();
        Run issued = larm("", "user", "token", "amb-101", "--name", "AMB 101 terminal", "--expires", "30d");
        assertThat(issued.exit()).as(issued.err()).isZero();
        String token = issued.out().lines().reduce((first, second) -> second).orElseThrow();
        assertThat(token).startsWith("larm_");
        ApiToken stored = stored(c -> c.loop().read(s -> s.accounts().tokenBySecretHash(TokenSecret.hash(token)))).orElseThrow();
        assertThat(stored.username()).isEqualTo("amb-101");
        assertThat(stored.expiresAt()).isNotNull();
        assertThat(issued.out()).contains(stored.tokenId());

        Run revoked = larm("", "user", "revoke-token", stored.tokenId());
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        java.time.Instant revokedAt = stored(c -> c.loop().read(s -> s.accounts().token(stored.tokenId()).orElseThrow().revokedAt()));
        assertThat(revokedAt).isNotNull();
        assertThat(larm("", "user", "revoke-token", "tok-nothing").exit()).isEqualTo(2);
        assertThat(larm("", "user", "token", "amb-101", "--name", "x", "--expires", "soon").err()).contains("--expires");
    }

    @Test
    void passwordDisableEnableAndUnlock() {
        larm("a long admin passphrase\n", "user", "add", "admin", "--role", "ADMINISTRATOR", "--password-stdin");
        Run passwd = larm("another long passphrase\n", "user", "passwd", "admin", "--password-stdin");
        assertThat(passwd.exit()).as(passwd.err()).isZero();
        assertThat(new PasswordHasher().verify("another long passphrase", account("admin").orElseThrow().passwordHash())).isTrue();
        Run last = larm("", "user", "disable", "admin");
        assertThat(last.exit()).isEqualTo(2);
        assertThat(last.err()).contains("without an enabled ADMINISTRATOR");
        assertThat(account("admin").orElseThrow().disabled()).isFalse();
        larm("", "user", "add", "second-admin", "--role", "ADMINISTRATOR", "--no-password");
        assertThat(larm("", "user", "disable", "admin").out()).contains("DISABLED");
        assertThat(account("admin").orElseThrow().disabled()).isTrue();
        assertThat(larm("", "user", "enable", "admin").exit()).isZero();
        assertThat(account("admin").orElseThrow().disabled()).isFalse();
        assertThat(larm("", "user", "unlock", "admin").exit()).isZero();
        assertThat(larm("x\n", "user", "passwd", "nobody", "--password-stdin").exit()).isEqualTo(2);
    }
}
