package se.larmcentral.demo;


import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.core.DomainException;
import se.larmcentral.dispatch.ReportStatus;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.centre.CentreState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The crews of units sent to the demo's incidents (by a person or by the simulator): each reports its next status
 * once it has been in the current one long enough (acknowledged, en route, on scene, transport, at hospital,
 * clear), so the unit board moves and units come back. The unit of the demo's unit-device account is left to
 * whoever is logged in as that account for {@link #DEVICE_GRACE} in each status.
 */
final class DemoCrews {

    static final String INCIDENT_PREFIX = "INC-DEMO-";
    static final Duration DEVICE_GRACE = Duration.ofMinutes(10);

    /** How long a crew stays in a status before it reports the next one. */
    private static final Map<UnitStatus, Step> STEPS = Map.of(
            UnitStatus.ALERTED, new Step(Duration.ofSeconds(20), UnitStatus.ACKNOWLEDGED),
            UnitStatus.ACKNOWLEDGED, new Step(Duration.ofSeconds(40), UnitStatus.EN_ROUTE),
            UnitStatus.EN_ROUTE, new Step(Duration.ofMinutes(6), UnitStatus.ON_SCENE),
            UnitStatus.ON_SCENE, new Step(Duration.ofMinutes(12), UnitStatus.TRANSPORT),
            UnitStatus.TRANSPORT, new Step(Duration.ofMinutes(10), UnitStatus.AT_HOSPITAL),
            UnitStatus.AT_HOSPITAL, new Step(Duration.ofMinutes(8), UnitStatus.CLEAR));

    private record Step(Duration after, UnitStatus next) {
    }

    private final CommandSubmitter submitter;
    private final String deviceUnit;

    DemoCrews(CommandSubmitter submitter, String deviceUnit) {
        this.submitter = submitter;
        this.deviceUnit = deviceUnit;
    }

    /**
     * Each crew on a demo incident whose status is due reports the next one. A unit whose status someone else
     * changed meanwhile is theirs: the refusal is expected and quiet.
     */
    void move(Instant now, DemoFailures failures) {
        List<Unit> due = submitter.read(s -> s.dispatch().units().stream()
                .filter(unit -> unit.incidentId() != null && unit.incidentId().startsWith(INCIDENT_PREFIX))
                .filter(unit -> STEPS.containsKey(unit.status()))
                .filter(unit -> !unit.inStatusFor(now).minus(hold(unit)).isNegative())
                .toList());
        for (Unit unit : due) {
            try {
                submitter.execute(ReportStatus.of(unit.id(), STEPS.get(unit.status()).next()).on(CentreState::dispatch));
            } catch (DomainException e) {
                UnitStatus current = submitter.read(s -> s.dispatch().unit(unit.id()).map(Unit::status).orElse(null));
                if (current == unit.status()) {
                    failures.unexpected("unit status report", e);
                }
            } catch (RuntimeException e) {
                failures.unexpected("unit status report", e);
            }
        }
    }

    /** How long a crew sent to stand by at another station (a move-up) drives before it reports there. */
    static final Duration STANDBY_DRIVE = Duration.ofMinutes(10);

    /**
     * A free crew on the road without an incident (sent to another station by a move-up, or home) arrives after
     * {@link #STANDBY_DRIVE} and reports available at station. The device's unit is left to whoever holds it.
     */
    void arrive(Instant now, DemoFailures failures) {
        List<String> arrived = submitter.read(s -> s.dispatch().units().stream()
                .filter(unit -> unit.status() == UnitStatus.AVAILABLE_MOBILE && unit.incidentId() == null)
                .filter(unit -> !unit.id().equals(deviceUnit))
                .filter(unit -> !unit.inStatusFor(now).minus(STANDBY_DRIVE).isNegative())
                .map(Unit::id).toList());
        for (String unitId : arrived) {
            try {
                submitter.execute(ReportStatus.of(unitId, UnitStatus.AVAILABLE_AT_STATION).on(CentreState::dispatch));
            } catch (DomainException e) {
                // someone changed the unit meanwhile: theirs
            } catch (RuntimeException e) {
                failures.unexpected("unit status report", e);
            }
        }
    }

    private Duration hold(Unit unit) {
        Duration after = STEPS.get(unit.status()).after();
        return unit.id().equals(deviceUnit) && after.compareTo(DEVICE_GRACE) < 0 ? DEVICE_GRACE : after;
    }
}
