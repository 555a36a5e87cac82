package se.larmcentral.server.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larmcentral.journal.PostgresPair;
import se.larmcentral.journal.TestDatabases;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The supervisor's cluster view (#/cluster) of a centre on scripts/ensure-postgres-replica's pair: the writing node
 * with its epoch and lease expiry, the nodes, and the synchronous standby streaming with its lag.
 */
class ClusterViewTest {

    /** The pair is made (or repaired) before the centre starts on it. */
    private static final boolean PAIR = ensurePair();

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo()
            .with("LARM_JOURNAL_URL", PostgresPair.url())
            .with("LARM_JOURNAL_USER", TestDatabases.PG_USER)
            .with("LARM_JOURNAL_PASSWORD", TestDatabases.PG_PASSWORD)
            .with("LARM_JOURNAL_SCHEMA", "cluster_view_" + UUID.randomUUID().toString().replace("-", ""))
            .with("LARM_CLUSTER_NODE_ID", "larm-a");

    private static boolean ensurePair() {
        PostgresPair.ensure();
        return true;
    }

    @Test
    void theSupervisorSeesWhoWritesTheNodesAndTheStandbysLag() {
        console.open("cluster");
        assertThat(console.byTestId("cluster-writer")).hasAttribute("data-state", "live");
        assertThat(console.byTestId("cluster-writer")).hasText(Pattern.compile("^larm-a, epok 1, lease giltig till \\d\\d:\\d\\d:\\d\\d$"));
        assertThat(console.byTestId("cluster-this-node")).hasText("Denna nod: larm-a (aktiv)");
        assertThat(console.page().locator("[data-testid=cluster-node][data-node=larm-a]")).hasAttribute("data-role", "active");
        assertThat(console.page().locator("[data-testid=cluster-standby]")).hasCount(1);
        assertThat(console.page().locator("[data-testid=cluster-standby]")).hasAttribute("data-state", "streaming");
        assertThat(console.page().locator("[data-testid=cluster-standby]")).containsText("sync");
        assertThat(console.byTestId("cluster-standby-lag")).hasText(Pattern.compile("^[0-9\\s\u00a0]+$"));
        assertThat(console.byTestId("cluster-replication-problem")).hasCount(0);
        assertThat(console.byTestId("nav-cluster")).isVisible();
        console.screenshot("cluster");

        console.byTestId("lang-switch").click();
        assertThat(console.byTestId("cluster-this-node")).hasText("This node: larm-a (active)");
        assertThat(console.byTestId("cluster-writer")).hasText(Pattern.compile("^larm-a, epoch 1, lease valid until "));
    }
}
