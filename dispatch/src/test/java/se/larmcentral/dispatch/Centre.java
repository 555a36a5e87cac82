package se.larmcentral.dispatch;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.Recorded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal command loop for tests: decides a command on the state at the test's clock, applies its events in
 * order (as the journal would after they are durable) and keeps them for inspection.
 */
final class Centre {

    /** Wednesday 2025-03-12 12:00 Swedish time (CET). */
    static final Instant NOON = Instant.parse("2025-03-12T11:00:00Z");

    final DispatchState state = new DispatchState();
    final List<Recorded> journal = new ArrayList<>();
    Instant now;

    Centre(Instant start) {
        this.now = start;
    }

    Centre() {
        this(NOON);
    }

    <R> R run(Command<DispatchState, R> command) {
        Decision<R> decision = command.decide(state, now);
        for (DomainEvent event : decision.events()) {
            Recorded recorded = new Recorded(journal.size() + 1, now, Actor.SYSTEM, event);
            journal.add(recorded);
            state.apply(recorded);
        }
        return decision.result();
    }

    Centre advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    Centre station(String id, GeoPoint position) {
        run(new RegisterStation(new Station(id, "Station " + id, position, "0180")));
        return this;
    }

    Centre unit(String id, UnitType type, String stationId) {
        run(new RegisterUnit(new UnitDefinition(id, id, type, stationId, List.of())));
        return this;
    }

    Centre ambulance(String id, String stationId) {
        return unit(id, UnitType.AMBULANCE, stationId);
    }

    Centre incident(String id, GeoPoint position, int priority) {
        return incident(id, position, priority, UnitType.AMBULANCE);
    }

    Centre incident(String id, GeoPoint position, int priority, UnitType type) {
        run(new CreateIncident(id, position, priority, type, now));
        return this;
    }

    Centre status(String unitId, UnitStatus... statuses) {
        for (UnitStatus status : statuses) {
            run(ReportStatus.of(unitId, status));
        }
        return this;
    }

    Unit unitNow(String id) {
        return state.unit(id).orElseThrow();
    }

    Incident incidentNow(String id) {
        return state.incident(id).orElseThrow();
    }
}
