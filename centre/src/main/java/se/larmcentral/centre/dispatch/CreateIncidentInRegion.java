package se.larmcentral.centre.dispatch;

import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.contract.IncidentContract;
import se.larmcentral.core.ConflictException;
import se.larmcentral.centre.shiftlog.ShiftLog;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.CreateIncident;
import se.larmcentral.dispatch.Incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An incident made only where the centre sends units: a position outside its region (another county, the sea,
 * abroad, latitude and longitude swapped) is refused naming where it is, unless a person gives the reason to make
 * it all the same; that reason is written in the shift log in the same commit, so the exception has a trail. Where
 * the region's ambulance-care contract is not in force (before its start, from its end instant on) no incident is
 * made at all: refused in Swedish naming the contract, its end and who takes over.
 *
 * @param outsideRegionReason why an incident outside the region is made all the same, or null
 */
public record CreateIncidentInRegion(CreateIncident create, String outsideRegionReason)
        implements Command<CentreState, Incident> {

    /** The longest reason kept. */
    private static final int MAX_REASON = 500;

    @Override
    public Decision<Incident> decide(CentreState state, Instant now) {
        // at and after the end of the region's contract no incident is made here, whatever the reason
        Optional<String> contractEnded = IncidentContract.of(state, create.position()).flatMap(c -> c.refusal(now));
        if (contractEnded.isPresent()) {
            throw new ConflictException("position", contractEnded.get());
        }
        Optional<String> outside = state.region().outside(create.position());
        String reason = outsideRegionReason == null ? "" : outsideRegionReason.strip();
        if (outside.isPresent() && reason.isEmpty()) {
            throw new InvalidInputException("position", outside.get() + "; correct the position, or give"
                    + " outsideRegionReason to make the incident all the same");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("outsideRegionReason", "at most " + MAX_REASON + " characters");
        }
        Decision<Incident> created = create.decide(state.dispatch(), now);
        if (outside.isEmpty()) {
            return created;
        }
        List<DomainEvent> events = new ArrayList<>(created.events());
        events.addAll(ShiftLog.write("incident " + create.incidentId() + " made outside the region: " + outside.get()
                + ". Reason: " + reason).decide(state.shiftLog(), now).events());
        return Decision.of(created.result(), events);
    }
}
