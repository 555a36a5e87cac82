package se.larmcentral.server.centre;

import se.larmcentral.calls.CallsState;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.server.auth.accounts.Accounts;
import se.larmcentral.server.demo.LoadedSeeds;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.SocialState;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.TriageState;
import se.larmcentral.triage.file.YamlDocuments;

import java.util.List;
import java.util.function.Supplier;

/**
 * The whole state of one centre: each module's projection, fed every event (each ignores the others'). The
 * command loop owns it; a module's commands decide on their own part ({@code command.on(CentreState::social)}).
 */
public final class CentreState implements Projection {

    private final ShiftLog shiftLog = new ShiftLog();
    private final SocialState social;
    private final TriageState triage;
    private final DispatchState dispatch = new DispatchState();
    private final CallsState calls = new CallsState();
    private final LoadedSeeds demoSeeds = new LoadedSeeds();
    private final Accounts accounts = new Accounts();
    private final List<Projection> parts;

    /**
     * @param triageBase the triage index and response rules the centre is configured with (asked for when first
     *                   needed); versions published since are in the journal
     */
    public CentreState(MunicipalityRegistry municipalities, Supplier<TriageConfig> triageBase) {
        this.social = new SocialState(municipalities);
        this.triage = new TriageState(triageBase, YamlDocuments.shared());
        this.parts = List.of(shiftLog, social, triage, dispatch, calls, demoSeeds, accounts);
    }

    @Override
    public void apply(Recorded recorded) {
        for (Projection part : parts) {
            part.apply(recorded);
        }
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

    public LoadedSeeds demoSeeds() {
        return demoSeeds;
    }
}
