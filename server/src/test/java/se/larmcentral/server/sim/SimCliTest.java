package se.larmcentral.server.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.CliRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.CliRun.larm;

/** {@code larm sim run} and {@code larm sim compare} on a small scenario with estimated travel times. */
class SimCliTest {

    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        return Files.writeString(dir.resolve("small.yaml"), """
                format: larmcentral-sim-scenario/1
                name: small test region
                start: "2025-03-03T00:00:00+01:00"
                fleet: {kind: demo-stockholm}
                travel: {kind: estimated}
                service:
                  dispatch-delay: fixed 60
                  acknowledge: fixed 15
                  turnout-at-station: fixed 75
                  turnout-mobile: fixed 20
                  on-scene: exponential 900
                  transport-probability: 0.6
                  handover: exponential 900
                demand:
                  kind: poisson
                  calls-per-hour: 20
                  priority-mix: [0.3, 0.4, 0.3, 0]
                  places: {from: stations}
                targets-minutes: {1: 20, 2: 30}
                """);
    }

    @Test
    void runWritesTheIncidentsAndAOneFileReportWithCharts() throws IOException {
        Path out = dir.resolve("report");
        CliRun run = larm("sim", "run", scenario().toString(), "--days", "2", "--seed", "5", "--replications", "2",
                "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("closest-idle, replication 2 of 2: 1 of 2 days");
        assertThat(run.out()).contains("small test region, policy closest-idle, 2 replication(s) of 2 days")
                .contains("events/s").contains("report.html");
        List<String> csv = Files.readAllLines(out.resolve("incidents.csv"));
        assertThat(csv.getFirst()).startsWith("replication,seed,incident,priority,call");
        assertThat(csv.size()).isBetween(1500, 2400);
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("new Chart(document.getElementById('cdf')").contains("small test region")
                .doesNotContain("<script src=");
        assertThat(html.length()).as("Chart.js is inlined").isGreaterThan(200_000);
    }

    @Test
    void compareShowsTheDifferencesOnCommonRandomNumbers() throws IOException {
        // --out: compare always writes its reports, by default under the working directory (the source tree here)
        CliRun run = larm("sim", "compare", scenario().toString(), "--policies", "closest-idle,closest-idle-no-redirection",
                "--days", "1", "--replications", "3", "--out", dir.resolve("differences").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Differences to closest-idle (paired replications, 95 % CI):")
                .contains("priority 1, closest-idle-no-redirection: mean");
    }

    @Test
    void compareWithDmexclpMovesUnitsAndItsReportShowsTheMoves() throws IOException {
        Path out = dir.resolve("compare");
        CliRun run = larm("sim", "compare", scenario().toString(), "--policies", "closest-idle,dmexclp",
                "--days", "1", "--replications", "2", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("small test region, policy dmexclp, 2 replication(s) of 1 days")
                .contains("priority 1, dmexclp: mean").contains("move-up moves: 0.0 per replication");
        String html = Files.readString(out.resolve("dmexclp/report.html"));
        assertThat(html).contains("<h2>Move-up (dmexclp)</h2>").contains("The first moves of replication 1")
                .contains("expected covered demand rises");
        List<String> moves = Files.readAllLines(out.resolve("dmexclp/moves.csv"));
        assertThat(moves.getFirst()).isEqualTo("replication,seed,time,unit,from_station,to_station,drive_s,reason");
        assertThat(moves.size()).isGreaterThan(2);
        assertThat(Files.readString(out.resolve("closest-idle/report.html"))).contains("No moves (closest-idle)");
    }

    @Test
    void badInputIsOneClearLine() throws IOException {
        CliRun policy = larm("sim", "run", scenario().toString(), "--policy", "fastest");
        assertThat(policy.exit()).isEqualTo(2);
        assertThat(policy.err().strip()).isEqualTo("larm sim run: --policy: unknown policy 'fastest'; known: "
                + "[closest-idle, closest-idle-no-redirection, dmexclp, compliance-table]");
        CliRun missing = larm("sim", "run", dir.resolve("nowhere.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("is neither a file nor a shipped scenario").doesNotContain("Exception");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), Files.readString(scenario())
                .replace("on-scene: exponential 900", "on-scene: exponential nine"));
        CliRun bad = larm("sim", "run", broken.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("broken.yaml: service.on-scene").contains("'nine' is not a number")
                .contains("line 11");
        CliRun days = larm("sim", "run", scenario().toString(), "--days", "0");
        assertThat(days.err()).contains("--days: must be 1 to 3660, was 0");
    }
}
