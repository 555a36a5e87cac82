package se.larmcentral.dispatch;

import se.larmcentral.core.ConflictException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static se.larmcentral.dispatch.UnitStatus.*;

/**
 * The unit status transition table: every status change not listed here is refused. Explicit on purpose, so
 * that the test can check every pair against it and a reader can see the whole machine at once.
 *
 * <pre>
 * from                    allowed to
 * AVAILABLE_AT_STATION    AVAILABLE_MOBILE, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE
 * AVAILABLE_MOBILE        AVAILABLE_AT_STATION, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE
 * ALERTED                 ALERTED (redirection), ACKNOWLEDGED, CLEAR (stood down)
 * ACKNOWLEDGED            ALERTED (redirection), EN_ROUTE, CLEAR (stood down)
 * EN_ROUTE                ALERTED (redirection), ON_SCENE, CLEAR (stood down)
 * ON_SCENE                TRANSPORT, CLEAR (no transport needed)
 * TRANSPORT               AT_HOSPITAL
 * AT_HOSPITAL             CLEAR, ALERTED (new assignment after 15 minutes without clear)
 * CLEAR                   AVAILABLE_AT_STATION, AVAILABLE_MOBILE, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE
 * TEMPORARILY_UNAVAILABLE AVAILABLE_AT_STATION, AVAILABLE_MOBILE, OUT_OF_SERVICE
 * OUT_OF_SERVICE          AVAILABLE_AT_STATION, AVAILABLE_MOBILE
 * </pre>
 * The table says what is possible at all; the assignment commands add their own conditions (a redirection only
 * from a priority 2 or 3 to a new priority 1, a unit at hospital only after 15 minutes).
 */
public final class StatusTransitions {

    private static final Map<UnitStatus, Set<UnitStatus>> ALLOWED = new EnumMap<>(UnitStatus.class);

    static {
        allow(AVAILABLE_AT_STATION, AVAILABLE_MOBILE, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE);
        allow(AVAILABLE_MOBILE, AVAILABLE_AT_STATION, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE);
        allow(ALERTED, ALERTED, ACKNOWLEDGED, CLEAR);
        allow(ACKNOWLEDGED, ALERTED, EN_ROUTE, CLEAR);
        allow(EN_ROUTE, ALERTED, ON_SCENE, CLEAR);
        allow(ON_SCENE, TRANSPORT, CLEAR);
        allow(TRANSPORT, AT_HOSPITAL);
        allow(AT_HOSPITAL, CLEAR, ALERTED);
        allow(CLEAR, AVAILABLE_AT_STATION, AVAILABLE_MOBILE, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE);
        allow(TEMPORARILY_UNAVAILABLE, AVAILABLE_AT_STATION, AVAILABLE_MOBILE, OUT_OF_SERVICE);
        allow(OUT_OF_SERVICE, AVAILABLE_AT_STATION, AVAILABLE_MOBILE);
    }

    private StatusTransitions() {
    }

    private static void allow(UnitStatus from, UnitStatus... to) {
        EnumSet<UnitStatus> set = EnumSet.noneOf(UnitStatus.class);
        Collections.addAll(set, to);
        ALLOWED.put(from, Collections.unmodifiableSet(set));
    }

    /** The statuses a unit in {@code from} may change to. */
    public static Set<UnitStatus> allowedFrom(UnitStatus from) {
        return ALLOWED.get(from);
    }

    public static boolean isAllowed(UnitStatus from, UnitStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /**
     * Refuses an illegal change, naming the unit, its current status and the statuses it may change to.
     *
     * @throws ConflictException on field {@code status} when the table does not allow the change
     */
    public static void check(String unitId, UnitStatus from, UnitStatus to) {
        if (!isAllowed(from, to)) {
            String allowed = allowedFrom(from).stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new ConflictException("status", "unit " + unitId + " cannot go from " + from + " to " + to
                    + "; from " + from + " it may go to: " + allowed);
        }
    }
}
