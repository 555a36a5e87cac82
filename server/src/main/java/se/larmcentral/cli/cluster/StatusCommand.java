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
import se.larmcentral.journal.Replication;
import se.larmcentral.config.JdbcUrls;
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
                + " second), and the PostgreSQL replication of each server in journal.url (a primary's standbys, their"
                + " sync state and lag; a standby's replay and delay). Reads the database only; safe beside running nodes."})
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
            printReplication(out, journalSettings);
            out.flush();
            return 0;
        }
    }

    /** Each server of the journal's URL, asked on its own: a primary's standbys and their lag, a standby's replay. */
    static void printReplication(PrintWriter out, JournalSettings journal) {
        out.println("replication (each server of journal.url):");
        for (String url : Replication.eachHost(journal.jdbcUrl())) {
            String server = url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
            try {
                Replication replication = Replication.of(url, journal.user(), journal.password());
                out.println("  " + describe(server, replication));
            } catch (java.sql.SQLException e) {
                out.println("  " + server + "  does not answer: " + JdbcUrls.withoutSecrets(String.valueOf(e.getMessage())));
            }
        }
    }

    static String describe(String server, Replication replication) {
        StringBuilder text = new StringBuilder(server).append("  ").append(replication.server());
        if (replication.replay() != null) {
            Replication.Replay replay = replication.replay();
            text.append(": received ").append(replay.receivedLsn()).append(", replayed ").append(replay.replayedLsn())
                    .append(", ").append(replay.behindBytes() == null ? "?" : replay.behindBytes()).append(" bytes behind, delay ")
                    .append(replay.delaySeconds() == null ? "?" : String.format(java.util.Locale.ROOT, "%.3f s",
                            replay.delaySeconds())).append(", WAL receiver ")
                    .append(replay.receiverStatus() == null ? "not streaming" : replay.receiverStatus());
        } else if (replication.standbys().isEmpty() && replication.server() != null) {
            text.append(": no standby streaming (a commit is on this server only)");
        } else {
            for (Replication.Standby standby : replication.standbys()) {
                text.append("\n      standby ").append(standby.name()).append("  ").append(standby.state())
                        .append("  ").append(standby.syncState()).append("  lag ")
                        .append(standby.lagBytes() == null ? "?" : standby.lagBytes()).append(" bytes");
                if (standby.replayLagSeconds() != null) {
                    text.append(String.format(java.util.Locale.ROOT, ", replay lag %.3f s", standby.replayLagSeconds()));
                }
                if (standby.address() != null) {
                    text.append("  (from ").append(standby.address()).append(")");
                }
            }
        }
        if (replication.problem() != null) {
            text.append("\n      ").append(replication.problem());
        }
        return text.toString();
    }

    private static String local(Instant instant) {
        return LOCAL.format(instant);
    }
}
