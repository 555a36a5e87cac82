package se.larmcentral.web;

import se.larmcentral.centre.CentreState;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.Lease;
import se.larmcentral.journal.NodeState;
import se.larmcentral.journal.Replication;
import se.larmcentral.web.auth.Access;

import java.util.List;
import java.util.function.Supplier;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * The supervisor's view of the cluster: which node writes under which epoch until when, what each node last said of
 * itself, and the database's replication (issue 16). Read from the journal's database at each request.
 */
public final class ClusterRoutes implements RouteGroup {

    /**
     * @param nodeId       this node
     * @param role         this node's: {@code active} or {@code standby}
     * @param shared       whether the journal is shared by several nodes (PostgreSQL); an embedded one is not
     * @param lease        the writer lease row, null when none was ever taken or the journal is not shared
     * @param nodes        what each node last said of itself (about every second)
     * @param replication  the database's replication, null on an embedded journal
     */
    public record ClusterView(String nodeId, String role, long epoch, long lastSequence, boolean shared, Lease lease,
                              List<NodeState> nodes, Replication replication) {
    }

    private final CommandLoop<CentreState> loop;
    private final Supplier<Replication> replication;
    private final boolean shared;

    public ClusterRoutes(CommandLoop<CentreState> loop, Supplier<Replication> replication, boolean shared) {
        this.loop = loop;
        this.replication = replication;
        this.shared = shared;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/cluster").access(Access.roles(MONITORING, SUPERVISOR, ADMINISTRATOR)).tag("system")
                .summary("The cluster: this node, the writer lease (node, epoch, expiry), each node's role, epoch,"
                        + " applied sequence and last sign of life, and the PostgreSQL replication (standbys, sync"
                        + " state, lag)")
                .response(ClusterView.class).handle(ctx -> ctx.json(new ClusterView(loop.journal().nodeId(),
                        loop.isActive() ? "active" : "standby", loop.epoch(), loop.lastSequence(), shared,
                        loop.journal().lease().orElse(null), loop.journal().nodes(), replication.get()))));
    }
}
