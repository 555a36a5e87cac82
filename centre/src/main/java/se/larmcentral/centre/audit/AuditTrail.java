package se.larmcentral.centre.audit;

import se.larmcentral.core.Recorded;
import se.larmcentral.crisis.warning.PublicWarnings;
import se.larmcentral.crisis.incident.MajorIncidents;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.Journal;
import se.larmcentral.centre.accounts.Accounts;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.SocialState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit over the journal: reads it from the start and replays the social events into a private social state, so
 * each change is seen with the state just before it (the roster, agreement, jour or numbers as they were) and just
 * after it, and with the municipalities it concerned at that moment; the account events likewise into private
 * accounts. Only social and account rows are decoded; the centre's own state is not touched. Every query reads the whole journal once: fine for a centre's configuration history, see
 * the README for its cost on very long journals.
 */
public final class AuditTrail {

    private static final String SOCIAL = "social.";

    private final Journal journal;
    private final EventCodec codec;
    private final MunicipalityRegistry registry;
    private final List<AuditSource> sources;

    public AuditTrail(Journal journal, EventCodec codec, MunicipalityRegistry registry) {
        this(journal, codec, registry, List.of());
    }

    /** With the changes of modules the centre does not know ({@link AuditSource}: the alarm register). */
    public AuditTrail(Journal journal, EventCodec codec, MunicipalityRegistry registry, List<AuditSource> sources) {
        this.journal = journal;
        this.codec = codec;
        this.registry = registry;
        this.sources = List.copyOf(sources);
    }

    public MunicipalityRegistry registry() {
        return registry;
    }

    public AuditEntry.Page query(AuditQuery query) {
        SocialState state = new SocialState(registry);
        Accounts accounts = new Accounts();
        PublicWarnings warnings = new PublicWarnings();
        List<AuditEntry> entries = new ArrayList<>();
        MajorIncidents majorIncidents = new MajorIncidents();
        List<AuditSource.Reader> readers = sources.stream().map(AuditSource::reader).toList();
        boolean[] more = {false};
        Consumer<AuditEntry> add = entry -> {
            if (entries.size() < query.limit()) {
                entries.add(entry);
            } else {
                more[0] = true;
            }
        };
        journal.forEachAfter(0, row -> {
            if (row.type().startsWith(SOCIAL)) {
                Recorded recorded = codec.decode(row);
                Optional<SocialChange> change = listed(query, recorded) ? SocialChange.of(state, recorded) : Optional.empty();
                state.apply(recorded);
                change.filter(c -> concerns(query, c.subject, c.municipalities))
                        .ifPresent(c -> add.accept(c.after(recorded, row.type(), state)));
            } else if (CONTRACT_EVENTS.contains(row.type())) {
                Recorded recorded = codec.decode(row);
                if (listed(query, recorded) && concerns(query, AuditSubject.CONTRACT, List.of())) {
                    add.accept(contractEntry(recorded, row.type()));
                }
            } else if (ExchangeChange.EVENT_TYPES.contains(row.type())) {
                Recorded recorded = codec.decode(row);
                if (listed(query, recorded) && concerns(query, AuditSubject.INCIDENT_EXCHANGE, List.of())) {
                    add.accept(ExchangeChange.entry(recorded, row.type()));
                }
            } else if (AccountChange.EVENT_TYPES.contains(row.type())) {
                Recorded recorded = codec.decode(row);
                Optional<AccountChange> change = listed(query, recorded) && query.wants(AuditSubject.ACCOUNTS)
                        ? AccountChange.of(accounts, recorded) : Optional.empty();
                accounts.apply(recorded);
                change.map(c -> c.after(recorded, row.type(), accounts))
                        .filter(entry -> concerns(query, entry.subject(), entry.municipalities())).ifPresent(add);
            } else if (WarningChange.EVENT_TYPES.contains(row.type())) {
                Recorded recorded = codec.decode(row);
                WarningChange.of(warnings, recorded, row.type(), listed(query, recorded))
                        .filter(entry -> concerns(query, entry.subject(), entry.municipalities())).ifPresent(add);
            } else if (MajorIncidentChange.EVENT_TYPES.contains(row.type())) {
                Recorded recorded = codec.decode(row);
                Optional<MajorIncidentChange> change = listed(query, recorded) && query.wants(AuditSubject.MAJOR_INCIDENTS)
                        ? MajorIncidentChange.of(majorIncidents, recorded) : Optional.empty();
                majorIncidents.apply(recorded);
                change.map(c -> c.after(recorded, row.type(), majorIncidents))
                        .filter(entry -> concerns(query, entry.subject(), entry.municipalities())).ifPresent(add);
            } else {
                for (int i = 0; i < sources.size(); i++) {
                    if (sources.get(i).covers(row.type())) {
                        Recorded recorded = codec.decode(row);
                        readers.get(i).apply(recorded, row.type(), listed(query, recorded))
                                .filter(entry -> concerns(query, entry.subject(), entry.municipalities())).ifPresent(add);
                    }
                }
            }
        });
        long next = entries.isEmpty() ? query.after() : entries.getLast().sequence();
        return new AuditEntry.Page(List.copyOf(entries), next, more[0]);
    }

    /**
     * The contract's changes people made or the centre made at its end, and each fetch of the hand-over's documents;
     * its reminders are in the shift log.
     */
    private static final java.util.Set<String> CONTRACT_EVENTS = java.util.Set.of("contract.ContractExtended",
            "contract.IncidentHandedOver", "contract.HandOverDocumentsFetched");

    private static AuditEntry contractEntry(Recorded recorded, String type) {
        return switch (recorded.event()) {
            case se.larmcentral.crisis.contract.ContractEvent.ContractExtended e -> new AuditEntry(recorded.sequence(),
                    recorded.at(), recorded.actor().id(), recorded.actor().kind().name(), type, AuditSubject.CONTRACT,
                    e.countyCode(), List.of(), "contract for county " + e.countyCode() + " extended to " + e.newEnd()
                    + " (decided " + e.decidedOn() + "): " + e.reason(), null, e);
            case se.larmcentral.crisis.contract.ContractEvent.IncidentHandedOver e -> new AuditEntry(recorded.sequence(),
                    recorded.at(), recorded.actor().id(), recorded.actor().kind().name(), type, AuditSubject.CONTRACT,
                    e.incidentId(), List.of(), "incident " + e.incidentId() + " handed over to " + e.receiver().name()
                    + " at the end of the contract for county " + e.countyCode(), null, e);
            case se.larmcentral.crisis.contract.ContractEvent.HandOverDocumentsFetched e -> new AuditEntry(
                    recorded.sequence(), recorded.at(), recorded.actor().id(), recorded.actor().kind().name(), type,
                    AuditSubject.CONTRACT, e.countyCode(), List.of(), "hand-over EIDO documents of county "
                    + e.countyCode() + " fetched for " + e.receiver() + ": " + String.join(", ", e.incidentIds()),
                    null, e);
            default -> throw new IllegalStateException("not a contract change: " + type);
        };
    }

    /** What can be told without the state: the page, the actor, the time. */
    private static boolean listed(AuditQuery query, Recorded recorded) {
        return recorded.sequence() > query.after()
                && (query.actor() == null || query.actor().equals(recorded.actor().id()))
                && (query.from() == null || !recorded.at().isBefore(query.from()))
                && (query.to() == null || recorded.at().isBefore(query.to()));
    }

    private static boolean concerns(AuditQuery query, AuditSubject subject, List<String> municipalities) {
        if (!query.wants(subject)) {
            return false;
        }
        if (query.municipality() == null) {
            return true;
        }
        if (subject == AuditSubject.NO_AGREEMENT_POLICY) {
            // centre-wide: it concerns every municipality, so it is listed when asked for by name
            return query.subjects().contains(AuditSubject.NO_AGREEMENT_POLICY);
        }
        return municipalities.contains(query.municipality());
    }
}
