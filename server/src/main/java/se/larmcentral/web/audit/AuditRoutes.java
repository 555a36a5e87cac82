package se.larmcentral.web.audit;





import se.larmcentral.centre.audit.AuditSubject;
import se.larmcentral.centre.audit.AuditQuery;
import se.larmcentral.centre.audit.AuditEntry;
import se.larmcentral.centre.audit.AuditTrail;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.web.auth.RequestPrincipal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.web.auth.Scope;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.social.file.MunicipalityRegistryFile;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/audit}: who changed a municipality's social configuration (its jours' rosters, its agreements, its
 * jours, its direct numbers) or an account or API token, when, and what it said before and after. Read-only: the
 * supervisor and the auditor read all of it; the agreements administrator the social configuration of every
 * municipality; a municipality administrator the social configuration of their own municipality only (they must name
 * it, and neither the accounts nor the centre-wide no-agreement policy are theirs to audit).
 */
public final class AuditRoutes implements RouteGroup {

    private final AuditTrail trail;

    public AuditRoutes(CommandLoop<CentreState> loop, EventCodec codec) {
        // the registry the centre's state is built with (see Centre.open), without waiting on the state's lock
        this.trail = new AuditTrail(loop.journal(), codec, MunicipalityRegistryFile.standard(),
                List.of(new se.larmcentral.alarms.RegisterAudit()));
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/audit").tag("audit").access(Access.roles(Role.SUPERVISOR, Role.AGREEMENTS_ADMIN)
                        .orMunicipalityAdmin(Scope.queryParam("municipality", "the municipality asked for (municipality=CODE)")))
                .summary("Recorded changes of the social configuration, oldest first: who, when, the event, and the"
                        + " content before and after")
                .query("municipality", "SCB code: only changes concerning it (a jour's roster counts for the"
                        + " municipalities the jour served at the time)")
                .query("subject", "comma-separated: roster, agreement, jour, direct-numbers, no-agreement-policy, accounts, contract, warnings, major-incidents, incident-exchange, alarm-register (default all)")
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
        ctx.json(trail.query(restricted(ctx, query)));
    }

    /** The social configuration a municipality's calls are forwarded by: its own rows. */
    private static final Set<AuditSubject> MUNICIPALITY_SUBJECTS = EnumSet.of(AuditSubject.ROSTER, AuditSubject.AGREEMENT,
            AuditSubject.JOUR, AuditSubject.DIRECT_NUMBERS);
    /** Each municipality's social configuration and the centre-wide policy; not accounts nor crisis work. */
    private static final Set<AuditSubject> SOCIAL_SUBJECTS = EnumSet.complementOf(EnumSet.of(AuditSubject.ACCOUNTS,
            AuditSubject.CONTRACT, AuditSubject.WARNINGS, AuditSubject.MAJOR_INCIDENTS, AuditSubject.INCIDENT_EXCHANGE));

    /**
     * The subjects the principal may audit: all for the supervisor and the auditor; the social ones for the agreements
     * administrator; their municipality's own for a municipality administrator (the gate has checked the municipality).
     * Asking for more is refused; asking for nothing in particular gets what they may see.
     */
    private static AuditQuery restricted(Context ctx, AuditQuery query) {
        Principal who = RequestPrincipal.of(ctx).orElseThrow();
        if (who.has(Role.SUPERVISOR) || who.has(Role.AUDITOR)) {
            return query;
        }
        Set<AuditSubject> allowed = who.has(Role.AGREEMENTS_ADMIN) ? SOCIAL_SUBJECTS : MUNICIPALITY_SUBJECTS;
        if (query.subjects().isEmpty()) {
            return new AuditQuery(query.municipality(), allowed, query.actor(), query.from(), query.to(), query.after(),
                    query.limit());
        }
        if (!allowed.containsAll(query.subjects())) {
            throw new ForbiddenResponse("GET /api/audit of " + query.subjects() + " is not for your roles; you may audit "
                    + allowed);
        }
        return query;
    }
}
