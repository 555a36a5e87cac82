package se.larmcentral.cli.audit;



import se.larmcentral.centre.audit.AuditQuery;
import se.larmcentral.centre.audit.AuditTrail;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.cli.CentreReads;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.file.MunicipalityRegistryFile;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code larm audit}: the audit of the stored centre's social configuration, as JSON: GET /api/audit of the centre
 * running on the journal when one runs, else the journal read here.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Print who changed a municipality's social configuration (its jours' rosters, agreements, jours,"
                + " direct numbers), the accounts and API tokens, or crisis work (the contract, public warnings, major"
                + " incidents, incidents exchanged with other centres), the alarm register (customers, objects, action"
                + " plans), when, and what it said before and after, as"
                + " JSON, oldest first.",
                "Example: larm audit --municipality 0120 --subject roster"})
public final class AuditCommand implements Callable<Integer> {

    @Option(names = "--municipality", paramLabel = "CODE", description = "SCB code, e.g. 0120 (default: every municipality)")
    String municipality;

    @Option(names = "--subject", paramLabel = "SUBJECT",
            description = "roster, agreement, jour, direct-numbers, no-agreement-policy, accounts, contract, warnings,"
                    + " major-incidents, incident-exchange or alarm-register; comma-separated (default all)")
    String subject;

    @Option(names = "--actor", paramLabel = "ID", description = "only this actor's changes")
    String actor;

    @Option(names = "--from", paramLabel = "WHEN", description = "changes at or after: a date or an instant with offset")
    String from;

    @Option(names = "--to", paramLabel = "WHEN", description = "changes before: a date (its end) or an instant with offset")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "most entries (default " + AuditQuery.DEFAULT_LIMIT + ")")
    String limit;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MunicipalityRegistry registry = MunicipalityRegistryFile.standard();
        AuditQuery query = AuditQuery.parse("--", registry, municipality, subject, actor, from, to, null, limit);
        CentreReads.print(spec, config, "/api/audit", CentreReads.query("municipality", municipality, "subject", subject,
                        "actor", actor, "from", from, "to", to, "limit", limit),
                centre -> new AuditTrail(centre.loop().journal(), centre.codec(), registry,
                        List.of(new se.larmcentral.alarms.RegisterAudit())).query(query));
        return 0;
    }
}
