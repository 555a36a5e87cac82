package se.larmcentral.web;

import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.journal.Replication;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;

import java.util.List;
import java.util.function.Supplier;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Liveness, readiness and metrics: what a load balancer and Prometheus ask. A part of the product that is down
 * while the console works (the telephony front) makes /health say {@code DEGRADED} with the reason, still 200: the
 * process is up and serving, and a load balancer must not take the console away for it.
 */
public final class SystemRoutes implements RouteGroup {

    /** {@code UP}, or {@code DEGRADED} with what is not working in {@code degraded}. */
    public record Health(String status, List<String> degraded) {
    }

    /**
     * @param role         {@code active} (records commands) or {@code standby} (follows the journal; 200 all the same:
     *                     it serves reads, the console and the live stream)
     * @param epoch        the writer lease's fencing epoch this node writes under; 0 on a standby or an embedded journal
     * @param lastSequence the last journal row applied to this node's state
     * @param activeNode   on a standby: the active node's id and URL as the lease names them, when one is live
     * @param replication  the PostgreSQL replication of the journal's database (its standbys and their lag, or a
     *                     standby's replay); null on an embedded journal
     */
    public record Readiness(boolean ready, String reason, String role, String nodeId, long epoch, long lastSequence,
                            String activeNode, List<String> degraded, Replication replication) {
    }

    private final CommandLoop<CentreState> loop;
    private final PrometheusMeterRegistry meters;
    private final Supplier<List<String>> degraded;
    private final Supplier<Replication> replication;

    public SystemRoutes(CommandLoop<CentreState> loop, PrometheusMeterRegistry meters) {
        this(loop, meters, List::of);
    }

    /** {@code degraded}: the parts not working now, each with its reason (empty when all are). */
    public SystemRoutes(CommandLoop<CentreState> loop, PrometheusMeterRegistry meters, Supplier<List<String>> degraded) {
        this(loop, meters, degraded, () -> null);
    }

    /** {@code replication}: the journal database's replication state, null when it has none (embedded). */
    public SystemRoutes(CommandLoop<CentreState> loop, PrometheusMeterRegistry meters, Supplier<List<String>> degraded,
                        Supplier<Replication> replication) {
        this.loop = loop;
        this.meters = meters;
        this.degraded = degraded;
        this.replication = replication;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/health").access(Access.PUBLIC).tag("system")
                        .summary("The process is up and answering: UP, or DEGRADED naming what does not work (the"
                                + " telephony front), still 200")
                        .response(Health.class).handle(ctx -> {
                            List<String> down = degraded.get();
                            ctx.json(new Health(down.isEmpty() ? "UP" : "DEGRADED", down));
                        }),
                Route.get("/ready").access(Access.PUBLIC).tag("system")
                        .summary("Ready: state rebuilt, journal database answering (503 when not); role active or"
                                + " standby, node id, lease epoch, last applied sequence; on PostgreSQL the replication"
                                + " (each standby's state, sync state and lag, or a standby's replay and delay)")
                        .query("role", "active or standby: 200 only when this node is ready in that role, 503"
                                + " otherwise (the check a load balancer or virtual-IP tool uses to send the"
                                + " console and the API to the writing node)")
                        .response(Readiness.class).handle(ctx -> {
                            String role = loop.isActive() ? "active" : "standby";
                            String wanted = ctx.queryParam("role");
                            if (wanted != null && !wanted.equals("active") && !wanted.equals("standby")) {
                                throw new InvalidInputException("role", "is '" + wanted + "'; give active or standby");
                            }
                            boolean ready = loop.isReady();
                            String reason = ready ? null : loop.isRecovering()
                                    ? "the journal database was lost; the state is being rebuilt once it answers"
                                    : "the journal database does not answer";
                            if (ready && wanted != null && !wanted.equals(role)) {
                                reason = "this node is the " + role + " one, not " + wanted;
                            }
                            ctx.status(reason == null ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                                    .json(new Readiness(ready, reason, role,
                                            loop.journal().nodeId(), loop.epoch(), loop.lastSequence(),
                                            loop.lastSeenLease() == null || loop.isActive() ? null
                                                    : loop.lastSeenLease().describe(), degraded.get(),
                                            ready ? replication.get() : null));
                        }),
                Route.get("/metrics").access(Access.roles(MONITORING, SUPERVISOR, ADMINISTRATOR)).tag("system").summary("Prometheus metrics")
                        .produces("text/plain; version=0.0.4")
                        .handle(ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape())));
    }
}
