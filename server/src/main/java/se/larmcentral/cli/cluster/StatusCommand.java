package se.larmcentral.cli.cluster;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.Settings;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.Lease;
import se.larmcentral.journal.NodeState;
import se.larmcentral.server.LarmServer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code larm cluster status}: the lease row (holder, epoch, expiry) and each node's role, epoch and progress. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Print the writer lease of the journal in --config (holder, epoch, expiry, the URL it"
                + " advertises) and each node's role, epoch and last applied sequence as it last said (about every"
                + " second). Reads the database only; safe beside running nodes."})
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the journal; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = OfflineCentre.settings(config);
        JournalSettings journalSettings = LarmServer.journalSettings(settings);
        PrintWriter out = spec.commandLine().getOut();
        if (!journalSettings.isPostgres()) {
            out.println("The journal is embedded (H2 under " + settings.dataDir() + "): one node, no lease. A standby"
                    + " centre needs a PostgreSQL journal (journal.url) shared by the nodes.");
            out.flush();
            return 0;
        }
        try (JdbcJournal journal = new JdbcJournal(JournalDatabase.open(journalSettings))) {
            Optional<Lease> lease = journal.lease();
            List<NodeState> nodes = journal.nodes();
            long last = journal.lastSequence();
            out.println("journal: " + journalSettings.jdbcUrl().replaceAll("password=[^&]*", "password=***")
                    + (journalSettings.schema() == null ? "" : " schema " + journalSettings.schema())
                    + ", last sequence " + last);
            if (lease.isEmpty()) {
                out.println("lease: never taken (no node has written this journal)");
            } else {
                Lease held = lease.get();
                out.println("lease: node " + held.nodeId() + " epoch " + held.epoch() + (held.live() ? ", live until "
                        : ", EXPIRED at ") + local(held.expiresAt()) + ", taken " + local(held.acquiredAt())
                        + " (host " + held.host() + ", process " + held.processId()
                        + (held.advertiseUrl() == null ? "" : ", " + held.advertiseUrl()) + ")");
            }
            out.println("nodes (Europe/Stockholm times):");
            out.printf("  %-24s %-8s %6s %10s %8s  %s%n", "node", "role", "epoch", "applied", "behind", "last seen");
            for (NodeState node : nodes) {
                out.printf("  %-24s %-8s %6d %10d %8d  %s (%.1f s ago)%s%n", node.nodeId(), node.role(), node.epoch(),
                        node.appliedSequence(), Math.max(0, last - node.appliedSequence()), local(node.seenAt()),
                        node.secondsSinceSeen(), node.secondsSinceSeen() > 10 ? " - gone?" : "");
            }
            out.flush();
            return 0;
        }
    }

    private static String local(Instant instant) {
        return LOCAL.format(instant);
    }
}
