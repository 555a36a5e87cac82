package se.larmcentral.centre.contract;

import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.shiftlog.ShiftLog;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.crisis.contract.CareContract;
import se.larmcentral.crisis.contract.ExtendContract;
import se.larmcentral.crisis.contract.Extension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A supervisor or administrator records an extension of the regional contract ({@link ExtendContract}); the shift
 * log says so in the same commit, so the next shift knows the new end. The journal keeps who recorded it.
 */
public record RecordExtension(String countyCode, Extension extension) implements Command<CentreState, CareContract> {

    @Override
    public Decision<CareContract> decide(CentreState state, Instant now) {
        Decision<CareContract> extended = new ExtendContract(countyCode, extension).decide(state.contracts(), now);
        CareContract contract = extended.result();
        List<DomainEvent> events = new ArrayList<>(extended.events());
        events.addAll(ShiftLog.write("Avtalet om ambulanssjukvård för " + contract.region().text() + " förlängt till "
                + contract.endText() + " (beslut " + extension.decidedOn() + "): " + extension.reason())
                .decide(state.shiftLog(), now).events());
        return Decision.of(contract, events);
    }
}
