package se.larmcentral.centre.contract;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.centre.time.Scheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainException;
import se.larmcentral.crisis.contract.CareContract;
import se.larmcentral.crisis.contract.ContractEvent;
import se.larmcentral.dispatch.Incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Runs each regional contract's timed steps as the system actor {@link #ACTOR}: the reminders to the supervisor when
 * due, and at the end instant the hand-over of every open incident of the region, one {@link HandOverIncident} each.
 *
 * <p>It ticks at start (so a centre that was down at the end hands over as soon as it is up: each incident's step
 * is recorded once, so a stop half-way resumes where it stopped), every {@link #PERIOD}, and exactly at the next
 * reminder or end instant, rescheduled when an extension moves the end. Refusals are logged; the next tick tries
 * again. Those who export the handed-over incidents (EIDO to the receiving party) listen with {@link #onHandedOver}.
 */
public final class ContractTimer {

    public static final Duration PERIOD = Duration.ofSeconds(30);
    public static final Actor ACTOR = new Actor("contract-timer", Actor.Kind.SYSTEM);

    private static final Logger LOG = LoggerFactory.getLogger(ContractTimer.class);

    private final CommandSubmitter submitter;
    private final Clock clock;
    private final List<Consumer<List<ContractEvent.IncidentHandedOver>>> listeners = new CopyOnWriteArrayList<>();
    private Scheduler scheduler;
    private Scheduler.Scheduled next;
    private Instant nextAt;

    /** @param submitter the centre acting as {@link #ACTOR} */
    public ContractTimer(CommandSubmitter submitter, Clock clock) {
        this.submitter = submitter;
        this.clock = clock;
    }

    /** Ticks now, every {@link #PERIOD} and at each reminder and end instant; it stops with the scheduler. */
    public synchronized ContractTimer start(Scheduler on) {
        this.scheduler = on;
        on.every(Duration.ZERO, PERIOD, "contract timer", this::tickLogged);
        return this;
    }

    /**
     * Told of the incidents each tick handed over (the seam for exporting each to the receiving party, e.g. as EIDO).
     * A listener that throws is logged; the hand-over stands.
     */
    public ContractTimer onHandedOver(Consumer<List<ContractEvent.IncidentHandedOver>> listener) {
        listeners.add(listener);
        return this;
    }

    /** One tick: the reminders due now given, the open incidents of ended contracts handed over; returns those. */
    public synchronized List<ContractEvent.IncidentHandedOver> tick() {
        Instant now = clock.instant();
        List<CareContract> contracts = submitter.read(state -> state.contracts().all());
        List<ContractEvent.IncidentHandedOver> handed = new ArrayList<>();
        for (CareContract contract : contracts) {
            String county = contract.region().countyCode();
            // read first: nothing is submitted while nothing is due (and a standby, which may not submit, stays quiet)
            boolean reminderDue = submitter.read(state -> state.contracts().reminderDue(county, now).isPresent());
            if (reminderDue) {
                try {
                    submitter.execute(new GiveContractReminder(county)).ifPresent(r -> LOG.info(
                            "contract {}: reminder {} days before {}", county, r.daysBefore(), contract.endText()));
                } catch (DomainException e) {
                    LOG.warn("contract {}: reminder not given: {}", county, e.getMessage());
                }
            }
            if (contract.endedAt(now)) {
                for (String incidentId : submitter.read(state -> openIncidents(state, county))) {
                    try {
                        handed.add(submitter.execute(new HandOverIncident(incidentId)));
                    } catch (DomainException e) {
                        LOG.warn("contract {}: incident {} not handed over: {}", county, incidentId, e.getMessage());
                    }
                }
            }
        }
        if (!handed.isEmpty()) {
            LOG.info("contract end: handed over {}", handed.stream().map(ContractEvent.IncidentHandedOver::incidentId)
                    .toList());
            for (Consumer<List<ContractEvent.IncidentHandedOver>> listener : listeners) {
                try {
                    listener.accept(List.copyOf(handed));
                } catch (RuntimeException e) {
                    LOG.warn("contract end: a hand-over listener failed: {}", e.getMessage(), e);
                }
            }
        }
        planNext(contracts, now);
        return handed;
    }

    /** The open incidents the contract of {@code county} covers that are not handed over yet, oldest first. */
    static List<String> openIncidents(CentreState state, String county) {
        return state.dispatch().incidents().stream()
                .filter(Incident::isOpen)
                .filter(incident -> !state.contracts().handedOver(incident.id()))
                .filter(incident -> IncidentContract.of(state, incident.position())
                        .map(c -> c.region().countyCode().equals(county)).orElse(false))
                .map(Incident::id)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** Schedules one run at the earliest reminder or end instant still ahead, unless one is planned for it. */
    private void planNext(List<CareContract> contracts, Instant now) {
        if (scheduler == null) {
            return;
        }
        Optional<Instant> earliest = contracts.stream()
                .flatMap(c -> {
                    List<Instant> ahead = new ArrayList<>(submitter.read(s -> s.contracts().reminders()).ahead(c, now));
                    if (c.endsAt().isAfter(now)) {
                        ahead.add(c.endsAt());
                    }
                    return ahead.stream();
                })
                .min(Comparator.naturalOrder());
        if (earliest.equals(Optional.ofNullable(nextAt))) {
            return;
        }
        if (next != null) {
            next.cancel();
        }
        nextAt = earliest.orElse(null);
        next = earliest.map(at -> scheduler.once(Duration.between(now, at), "contract instant", this::tickLogged))
                .orElse(null);
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("contract timer: {}", e.getMessage());
        }
    }
}
