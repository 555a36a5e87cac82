package se.larmcentral.centre;

import se.larmcentral.calls.CallsState;
import se.larmcentral.centre.accounts.Accounts;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.centre.desks.Desks;
import se.larmcentral.centre.exchange.IncidentExchanges;
import se.larmcentral.centre.lines.Lines;
import se.larmcentral.centre.dispatch.ServiceRegion;
import se.larmcentral.centre.shiftlog.ShiftLog;
import se.larmcentral.centre.contract.HandedOverIncidents;
import se.larmcentral.core.Projection;
import se.larmcentral.crisis.contract.ContractEvent;
import se.larmcentral.crisis.contract.ContractTerms;
import se.larmcentral.crisis.contract.Contracts;
import se.larmcentral.crisis.incident.MajorIncidents;
import se.larmcentral.core.Recorded;
import se.larmcentral.crisis.warning.PublicWarnings;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.SocialState;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.TriageState;
import se.larmcentral.triage.file.YamlDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole state of one centre: each module's projection, fed every event (each ignores the others'), and the
 * extensions of the front that runs it. The command loop owns it; a module's commands decide on their own part
 * ({@code command.on(CentreState::social)}).
 */
public final class CentreState implements Projection {

    private final ShiftLog shiftLog = new ShiftLog();
    private final SocialState social;
    private final TriageState triage;
    private final DispatchState dispatch = new DispatchState();
    private final CallsState calls = new CallsState();
    private final Accounts accounts = new Accounts();
    private final Desks desks = new Desks();
    private final Connections connections = new Connections();
    private final Lines lines = new Lines();
    private final PublicWarnings warnings = new PublicWarnings();
    private final MajorIncidents majorIncidents = new MajorIncidents();
    private final IncidentExchanges exchanges = new IncidentExchanges();
    private final List<Projection> extensions;
    private final List<Projection> parts;
    private final ServiceRegion region;
    private final Contracts contracts;
    private final HandedOverIncidents handedOver;

    /**
     * @param triageBase the triage index and response rules the centre is configured with (asked for when first
     *                   needed); versions published since are in the journal
     */
    public CentreState(MunicipalityRegistry municipalities, Supplier<TriageConfig> triageBase,
                       List<CentreExtension> extensions, ServiceRegion region) {
        this(municipalities, triageBase, extensions, region, ContractTerms.none(), new HandedOverIncidents());
    }

    /**
     * @param terms      the regional contracts the centre is configured with (extensions are in the journal)
     * @param handedOver told of every incident handed over, as it is applied (the centre's read-only guard)
     */
    public CentreState(MunicipalityRegistry municipalities, Supplier<TriageConfig> triageBase,
                       List<CentreExtension> extensions, ServiceRegion region, ContractTerms terms,
                       HandedOverIncidents handedOver) {
        this.region = region;
        this.contracts = terms.projection();
        this.handedOver = handedOver;
        this.social = new SocialState(municipalities);
        this.triage = new TriageState(triageBase, YamlDocuments.shared());
        this.extensions = extensions.stream().<Projection>map(e -> e.projection().get()).toList();
        List<Projection> all = new ArrayList<>(List.of(shiftLog, social, triage, dispatch, calls, accounts, desks,
                connections, contracts, majorIncidents,
                exchanges));
        all.add(warnings);
        all.add(lines);
        all.addAll(this.extensions);
        this.parts = List.copyOf(all);
    }

    @Override
    public void apply(Recorded recorded) {
        for (Projection part : parts) {
            part.apply(recorded);
        }
        if (recorded.event() instanceof ContractEvent.IncidentHandedOver handed) {
            handedOver.add(handed.incidentId());
        }
    }

    /** The regional ambulance-care contracts, their extensions, reminders given and incidents handed over. */
    public Contracts contracts() {
        return contracts;
    }

    /** The region the centre sends units in (configuration, not state: the same for every event). */
    public ServiceRegion region() {
        return region;
    }

    /** Which operator is at which desk. */
    public Desks desks() {
        return desks;
    }

    /** Each call's latest connecting-on (koppla vidare). */
    public Connections connections() {
        return connections;
    }

    /** The telephony calls whose line was recorded lost (a restart). */
    public Lines lines() {
        return lines;
    }

    /** The major incidents (särskilda händelser) and the calls marked with them. */
    public MajorIncidents majorIncidents() {
        return majorIncidents;
    }

    public ShiftLog shiftLog() {
        return shiftLog;
    }

    public SocialState social() {
        return social;
    }

    public TriageState triage() {
        return triage;
    }

    public DispatchState dispatch() {
        return dispatch;
    }

    public CallsState calls() {
        return calls;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Public warnings and 113 13 information (CAP), and the CAP messages imported from other authorities. */
    public PublicWarnings warnings() {
        return warnings;
    }

    /** The incidents received from and handed over to other centres (EIDO). */
    public IncidentExchanges exchanges() {
        return exchanges;
    }

    /** The projection of an extension the running front registered; refused when it registered none of the kind. */
    public <P extends Projection> P extension(Class<P> type) {
        return extensions.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("this centre runs without " + type.getSimpleName()));
    }
}
