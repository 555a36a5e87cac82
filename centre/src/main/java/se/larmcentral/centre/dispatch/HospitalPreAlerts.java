package se.larmcentral.centre.dispatch;

import se.larmcentral.dispatch.DispatchEvent.PreAlertSent;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.IncidentUnit;
import se.larmcentral.dispatch.PreAlert;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a receiving hospital sees of the crews' pre-alerts (inkommande förvarningar): per patient (an incident and
 * the unit bringing them) the latest pre-alert to this hospital, newest first, whether the unit has arrived, and
 * whether a later pre-alert sent the patient elsewhere. Only pre-alerts sent within {@link #WINDOW}; nothing of
 * another hospital's patients.
 *
 * @param hospitalName the hospital's name as the fleet has it
 */
public record HospitalPreAlerts(String hospitalId, String hospitalName, List<Entry> preAlerts, Instant at) {

    /** How far back the view reaches: a shift and more, not the whole history (the journal keeps that). */
    public static final Duration WINDOW = Duration.ofHours(24);

    /**
     * One patient on the way.
     *
     * @param corrections  how many earlier pre-alerts the crew sent for this patient (the latest counts)
     * @param arrivedAt    when the unit reported at hospital on the incident, or null
     * @param redirectedTo the hospital a later pre-alert named instead of this one, or null
     */
    public record Entry(String preAlertId, String unitId, String callSign, String incidentId, Instant sentAt,
                        PreAlert preAlert, int corrections, Instant arrivedAt, String redirectedTo) {
    }

    public static HospitalPreAlerts of(DispatchState state, Hospital hospital, Instant now) {
        Instant since = now.minus(WINDOW);
        Map<String, List<PreAlertSent>> byPatient = new LinkedHashMap<>();
        for (PreAlertSent sent : state.preAlerts()) {
            if (!sent.sentAt().isBefore(since)) {
                byPatient.computeIfAbsent(sent.incidentId() + "/" + sent.unitId(), k -> new ArrayList<>()).add(sent);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (List<PreAlertSent> patient : byPatient.values()) {
            List<PreAlertSent> ours = patient.stream().filter(p -> p.hospitalId().equals(hospital.id())).toList();
            if (ours.isEmpty()) {
                continue;
            }
            PreAlertSent latest = ours.getLast();
            PreAlertSent overall = patient.getLast();
            String redirected = overall.hospitalId().equals(hospital.id()) ? null : overall.hospitalId();
            String callSign = state.unit(latest.unitId()).map(Unit::callSign).orElse(latest.unitId());
            entries.add(new Entry(latest.preAlertId(), latest.unitId(), callSign, latest.incidentId(), latest.sentAt(),
                    latest.preAlert(), ours.size() - 1, arrivedAt(state, latest), redirected));
        }
        entries.sort(Comparator.comparing(Entry::sentAt).reversed());
        return new HospitalPreAlerts(hospital.id(), hospital.name(), List.copyOf(entries), now);
    }

    /** When the unit reported at hospital on the incident (its last stint on it), or null. */
    private static Instant arrivedAt(DispatchState state, PreAlertSent sent) {
        return state.incident(sent.incidentId()).flatMap(incident -> incident.units().stream()
                        .filter(u -> u.unitId().equals(sent.unitId())).reduce((first, second) -> second))
                .map(IncidentUnit::reached).map(reached -> reached.get(UnitStatus.AT_HOSPITAL))
                .filter(Objects::nonNull).orElse(null);
    }

    /**
     * Whether a pre-alert of the unit on the incident named this hospital: what a hospital's event stream follows of
     * the unit (its arrival, a correction sending the patient elsewhere).
     */
    public static boolean expects(DispatchState state, String hospitalId, String unitId, String incidentId) {
        return state.preAlerts().stream().anyMatch(sent -> sent.unitId().equals(unitId)
                && sent.incidentId().equals(incidentId) && sent.hospitalId().equals(hospitalId));
    }
}
