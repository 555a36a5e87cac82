package se.larmcentral.server.audit;

import se.larmcentral.server.auth.Access;
import se.larmcentral.server.auth.Role;
import io.javalin.http.Context;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.server.centre.CentreState;
import se.larmcentral.server.http.Route;
import se.larmcentral.server.http.RouteGroup;
import se.larmcentral.social.file.MunicipalityRegistryFile;

import java.util.List;

/**
 * {@code GET /api/audit}: who changed a municipality's social configuration (its jours' rosters, its agreements, its
 * jours, its direct numbers) or an account or API token, when, and what it said before and after. Read-only; meant for auditors and supervisors.
 */
public final class AuditRoutes implements RouteGroup {

    private final AuditTrail trail;

    public AuditRoutes(CommandLoop<CentreState> loop, EventCodec codec) {
        // the registry the centre's state is built with (see Centre.open), without waiting on the state's lock
        this.trail = new AuditTrail(loop.journal(), codec, MunicipalityRegistryFile.standard());
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/audit").tag("audit").access(Access.roles(Role.SUPERVISOR))
                .summary("Recorded changes of the social configuration, oldest first: who, when, the event, and the"
                        + " content before and after")
                .query("municipality", "SCB code: only changes concerning it (a jour's roster counts for the"
                        + " municipalities the jour served at the time)")
                .query("subject", "comma-separated: roster, agreement, jour, direct-numbers, no-agreement-policy, accounts (default all)")
                .query("actor", "only this actor's changes")
                .query("from", "changes at or after: a date (Swedish day) or an instant with offset")
                .query("to", "changes before: a date (to the end of that Swedish day) or an instant with offset")
                .query("after", "sequence number to start after (paging; default 0)")
                .query("limit", "most entries (1-" + AuditQuery.MAX_LIMIT + ", default " + AuditQuery.DEFAULT_LIMIT + ")")
                .response(AuditEntry.Page.class)
                .handle(this::audit));
    }

    private void audit(Context ctx) {
        AuditQuery query = AuditQuery.parse("", trail.registry(), ctx.queryParam("municipality"),
                ctx.queryParam("subject"), ctx.queryParam("actor"), ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("after"), ctx.queryParam("limit"));
        ctx.json(trail.query(query));
    }
}
