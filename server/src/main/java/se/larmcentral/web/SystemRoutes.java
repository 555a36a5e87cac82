package se.larmcentral.web;

import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;

import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/** Liveness, readiness and metrics: what a load balancer and Prometheus ask. */
public final class SystemRoutes implements RouteGroup {

    public record Health(String status) {
    }

    public record Readiness(boolean ready, String reason, long lastSequence) {
    }

    private final CommandLoop<CentreState> loop;
    private final PrometheusMeterRegistry meters;

    public SystemRoutes(CommandLoop<CentreState> loop, PrometheusMeterRegistry meters) {
        this.loop = loop;
        this.meters = meters;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/health").access(Access.PUBLIC).tag("system").summary("The process is up and answering")
                        .response(Health.class).handle(ctx -> ctx.json(new Health("UP"))),
                Route.get("/ready").access(Access.PUBLIC).tag("system")
                        .summary("Ready to take commands: state rebuilt, journal database answering (503 when not)")
                        .response(Readiness.class).handle(ctx -> {
                            boolean ready = loop.isReady();
                            String reason = ready ? null : loop.isRecovering()
                                    ? "the journal database was lost; the state is being rebuilt once it answers"
                                    : "the journal database does not answer";
                            ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                                    .json(new Readiness(ready, reason, loop.lastSequence()));
                        }),
                Route.get("/metrics").access(Access.roles(MONITORING, SUPERVISOR, ADMINISTRATOR)).tag("system").summary("Prometheus metrics")
                        .produces("text/plain; version=0.0.4")
                        .handle(ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape())));
    }
}
