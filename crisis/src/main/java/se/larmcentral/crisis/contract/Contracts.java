package se.larmcentral.crisis.contract;

import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The centre's contracts as configured (one per county), with the extensions, reminders and hand-overs its journal
 * holds. Configuration gives each contract's original terms; the journal only ever moves an end later.
 */
public final class Contracts implements Projection {

    private final ReminderSchedule reminders;
    private final Map<String, CareContract> byCounty = new LinkedHashMap<>();
    private final Set<String> remindersGiven = new HashSet<>();
    private final Map<String, ContractEvent.IncidentHandedOver> handedOver = new LinkedHashMap<>();

    public Contracts(List<CareContract> configured, ReminderSchedule reminders) {
        this.reminders = reminders;
        for (CareContract contract : configured) {
            if (byCounty.putIfAbsent(contract.region().countyCode(), contract) != null) {
                throw new IllegalArgumentException("two contracts for county " + contract.region().countyCode());
            }
        }
    }

    /** No contract: the centre serves without one (nothing ends). */
    public static Contracts none() {
        return new Contracts(List.of(), ReminderSchedule.STANDARD);
    }

    @Override
    public void apply(Recorded recorded) {
        switch (recorded.event()) {
            case ContractEvent.ContractExtended e -> byCounty.computeIfPresent(e.countyCode(),
                    (county, contract) -> contract.effectiveEnd().isBefore(e.newEnd())
                            ? contract.extendedBy(new Extension(e.newEnd(), e.decidedOn(), e.reason())) : contract);
            case ContractEvent.ContractReminderGiven e ->
                    remindersGiven.add(reminderKey(e.countyCode(), e.endsAt(), e.daysBefore()));
            case ContractEvent.IncidentHandedOver e -> handedOver.putIfAbsent(e.incidentId(), e);
            default -> {
            }
        }
    }

    public ReminderSchedule reminders() {
        return reminders;
    }

    /** Every contract, with its extensions, in configuration order. */
    public List<CareContract> all() {
        return List.copyOf(byCounty.values());
    }

    public Optional<CareContract> contract(String countyCode) {
        return Optional.ofNullable(byCounty.get(countyCode));
    }

    public CareContract require(String countyCode) {
        return contract(countyCode).orElseThrow(() -> new NotFoundException("countyCode",
                "no contract for county " + countyCode + "; the centre holds " + byCounty.keySet()));
    }

    /**
     * The contract an incident in the municipality {@code municipalityCode} falls under (its county's), or, when
     * the municipality is not known and the centre holds exactly one contract, that one.
     */
    public Optional<CareContract> covering(String municipalityCode) {
        if (municipalityCode != null && municipalityCode.length() == 4) {
            return contract(municipalityCode.substring(0, 2));
        }
        return byCounty.size() == 1 ? Optional.of(byCounty.values().iterator().next()) : Optional.empty();
    }

    /** The reminder due at {@code now} for the contract, when not already given for its current end. */
    public Optional<ReminderSchedule.Reminder> reminderDue(String countyCode, Instant now) {
        CareContract contract = require(countyCode);
        return reminders.due(contract, now)
                .filter(r -> !remindersGiven.contains(reminderKey(countyCode, r.endsAt(), r.daysBefore())));
    }

    /** The reminder due at {@code now}, given or not (what the supervisor's view shows). */
    public Optional<ReminderSchedule.Reminder> currentReminder(String countyCode, Instant now) {
        return reminders.due(require(countyCode), now);
    }

    public boolean handedOver(String incidentId) {
        return handedOver.containsKey(incidentId);
    }

    public Optional<ContractEvent.IncidentHandedOver> handOver(String incidentId) {
        return Optional.ofNullable(handedOver.get(incidentId));
    }

    /** The incidents handed over under the contract of {@code countyCode}, in the order handed over. */
    public List<String> handedOverIn(String countyCode) {
        List<String> ids = new ArrayList<>();
        handedOver.values().stream().filter(h -> h.countyCode().equals(countyCode)).forEach(h -> ids.add(h.incidentId()));
        return ids;
    }

    private static String reminderKey(String countyCode, Instant endsAt, int days) {
        return countyCode + "/" + endsAt + "/" + days;
    }
}
