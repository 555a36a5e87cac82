package se.larmcentral.server.social;


import se.larmcentral.demo.StockholmSocialSeed;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.Main;
import se.larmcentral.cli.OfflineCentre;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code larm social route} and {@code larm social import} against a stored centre in a temporary folder. */
class SocialCliTest {

    @TempDir
    Path dir;

    private Path settings;
    private Path demoFile;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return SocialServer.JSON.readTree(out);
        }
    }

    @BeforeEach
    void settings() throws IOException {
        settings = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + dir.resolve("data") + "\n");
        demoFile = dir.resolve("demo-stockholm.yaml");
        try (InputStream in = SocialCliTest.class.getResourceAsStream(StockholmSocialSeed.RESOURCE)) {
            Files.copy(in, demoFile);
        }
    }

    private Run larm(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run route(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "social";
        all[1] = "route";
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--config";
        all[args.length + 3] = settings.toString();
        return larm(all);
    }

    private long storedEvents() {
        try (Centre centre = OfflineCentre.open(OfflineCentre.settings(settings))) {
            return centre.loop().lastSequence();
        }
    }

    @Test
    void importsAConfigurationAndRoutesFromTheStoredState() throws IOException {
        Run imported = larm("social", "import", demoFile.toString(), "--config", settings.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported", "7 jours", "2 rosters", "26 agreements", "2 directNumbers");
        assertThat(storedEvents()).isEqualTo(37);

        Run nacka = route("--municipality", "0182", "--at", "2025-03-11T18:00");
        assertThat(nacka.exit()).as(nacka.err()).isZero();
        JsonNode decision = nacka.json();
        assertThat(decision.get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(decision.get("at").asText()).isEqualTo("2025-03-11T17:00:00Z");
        assertThat(decision.get("number").asText()).isEqualTo("+46846500410");
        assertThat(decision.get("explanation")).isNotEmpty();

        JsonNode ekero = route("--municipality", "0125", "--at", "2025-12-24T18:00").json();
        assertThat(ekero.get("outcome").asText()).isEqualTo("NOT_AVAILABLE");
        assertThat(ekero.get("number").isNull()).isTrue();

        JsonNode direct = route("--via", "direct:08-465 004 90", "--at", "2025-12-24T18:00+01:00").json();
        assertThat(direct.get("municipality").asText()).isEqualTo("0180");
        assertThat(direct.get("channel").asText()).isEqualTo("DIRECT_NUMBER");
        assertThat(route("--municipality", "0180", "--via", "direct:+46846500490", "--at", "2025-12-24T18:00").exit()).isZero();

        Run wrongMunicipality = route("--municipality", "0182", "--via", "direct:+46846500490", "--at", "2025-12-24T18:00");
        assertThat(wrongMunicipality.exit()).isEqualTo(2);
        assertThat(wrongMunicipality.err()).contains("--via", "0180", "0182");
        assertThat(storedEvents()).as("routing records nothing").isEqualTo(37);
    }

    @Test
    void aFileThatDoesNotFitTheStoredStateStoresNothing() {
        assertThat(larm("social", "import", demoFile.toString(), "--config", settings.toString()).exit()).isZero();
        Run again = larm("social", "import", demoFile.toString(), "--config", settings.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("does not fit the stored state", "jours[0]", "stockholm", "nothing was stored");
        assertThat(storedEvents()).isEqualTo(37);
    }

    @Test
    void aBadFileIsRefusedNamingThePlaceAndStoresNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                format: larm-social/1
                jours:
                  - { id: ekero, name: Socialjour Ekerö, number: "08-465 004 60" }
                agreements:
                  - { municipality: "0125", jour: ekero, kind: EXTENDED, validFrom: "2025-01-01", message: "Stängt.",
                      weekly: ["Mon-Fri 16:00-08:00", "Sat 10:00-10:00"] }
                """);
        Run run = larm("social", "import", bad.toString(), "--config", settings.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("agreements[0].weekly[1]", "ends when it starts", "nothing was stored");
        assertThat(storedEvents()).isZero();

        Run missing = larm("social", "import", dir.resolve("nowhere.yaml").toString(), "--config", settings.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void aBareLocalTimeIsSwedishTimeUnlessItFallsInAClockChange() throws IOException {
        assertThat(larm("social", "import", demoFile.toString(), "--config", settings.toString()).exit()).isZero();

        Run gap = route("--municipality", "0180", "--at", "2025-03-30T02:30");
        assertThat(gap.exit()).isEqualTo(2);
        assertThat(gap.err()).contains("--at", "does not exist in Swedish time", "explicit offset");

        Run twice = route("--municipality", "0180", "--at", "2025-10-26T02:30");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("--at", "occurs twice", "2025-10-26T02:30+02:00", "2025-10-26T02:30+01:00");

        assertThat(route("--municipality", "0180", "--at", "2025-10-26T02:30+01:00").json().get("at").asText())
                .isEqualTo("2025-10-26T01:30:00Z");
        assertThat(route("--municipality", "0180", "--at", "2025-07-01T12:00").json().get("at").asText())
                .isEqualTo("2025-07-01T10:00:00Z");
    }

    @Test
    void badArgumentsNameTheOption() {
        Run notADate = route("--municipality", "0180", "--at", "Christmas Eve");
        assertThat(notADate.exit()).isEqualTo(2);
        assertThat(notADate.err()).contains("--at", "Christmas Eve");

        Run via = route("--municipality", "0180", "--at", "2025-12-24T18:00", "--via", "fax");
        assertThat(via.exit()).isEqualTo(2);
        assertThat(via.err()).contains("--via", "112 or direct:NUMBER");

        Run badNumber = route("--at", "2025-12-24T18:00", "--via", "direct:123");
        assertThat(badNumber.exit()).isEqualTo(2);
        assertThat(badNumber.err()).contains("--via", "123");

        Run noMunicipality = route("--at", "2025-12-24T18:00");
        assertThat(noMunicipality.exit()).isEqualTo(2);
        assertThat(noMunicipality.err()).contains("--municipality", "missing");

        Run unknown = route("--municipality", "0999", "--at", "2025-12-24T18:00");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("municipality", "0999");

        Run unknownDirect = route("--via", "direct:08-465 004 99", "--at", "2025-12-24T18:00");
        assertThat(unknownDirect.exit()).isEqualTo(2);
        assertThat(unknownDirect.err()).contains("+46846500499", "not a direct number");
    }

    @Test
    void theSocialCommandListsItsSubcommands() {
        Run help = larm("social");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("route", "import");
        Run routeHelp = larm("social", "route", "--help");
        assertThat(routeHelp.out()).contains("Swedish local time", "Europe/Stockholm", "explicit offset");
    }
}
