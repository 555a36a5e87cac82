package se.larmcentral.centre.crisis;

import se.larmcentral.centre.CentreState;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.crisis.incident.MajorIncident;
import se.larmcentral.crisis.incident.MajorIncidentType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Major incidents as the API, the console and the command line show them. */
public final class MajorIncidentViews {

    private MajorIncidentViews() {
    }

    /**
     * One incident with what is derived at {@code at}.
     *
     * @param typeName    the type in Swedish, as the banner shows it
     * @param active      started and not ended at {@code at}
     * @param markedCalls how many calls were marked as coming from its area
     */
    public record MajorIncidentView(String id, MajorIncidentType type, String typeName, List<String> municipalities,
                                    List<GeoPoint> polygon, Instant start, Instant expectedEnd, String callTakerText,
                                    String callerText, String declaredBy, Instant declaredAt, Instant amendedAt,
                                    Instant endedAt, String endedBy, String endReason, boolean active, long markedCalls) {

        public static MajorIncidentView of(MajorIncident m, long markedCalls, Instant at) {
            return new MajorIncidentView(m.id(), m.type(), m.type().swedish(), m.area().municipalities(),
                    m.area().polygon(), m.start(), m.expectedEnd(), m.callTakerText(), m.callerText(), m.declaredBy(),
                    m.declaredAt(), m.amendedAt(), m.endedAt(), m.endedBy(), m.endReason(), m.activeAt(at), markedCalls);
        }
    }

    /** The incidents at {@code at}: those not ended (active or declared ahead), or every one when {@code ended}. */
    public record MajorIncidentList(Instant at, List<MajorIncidentView> incidents) {
    }

    public static MajorIncidentList list(CentreState state, boolean ended, Instant at) {
        List<MajorIncident> chosen = ended ? state.majorIncidents().all() : state.majorIncidents().current();
        return new MajorIncidentList(at, chosen.stream()
                .map(m -> MajorIncidentView.of(m, state.majorIncidents().markedCalls(m.id()), at)).toList());
    }

    public static MajorIncidentView one(CentreState state, String incidentId, Instant at) {
        MajorIncident m = state.majorIncidents().incident(incidentId).orElseThrow(() ->
                new NotFoundException("incidentId", "no major incident '" + incidentId + "'"));
        return MajorIncidentView.of(m, state.majorIncidents().markedCalls(m.id()), at);
    }

    /** A type as written by a person: {@code fire}, {@code FIRE}, {@code traffic-accident}. */
    public static MajorIncidentType type(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing; one of " + names());
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(MajorIncidentType.values()).filter(t -> t.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + text + "' is not a major-incident type; one of "
                        + names()));
    }

    private static String names() {
        return Arrays.stream(MajorIncidentType.values()).map(t -> t.name() + " (" + t.swedish() + ")")
                .collect(Collectors.joining(", "));
    }
}
