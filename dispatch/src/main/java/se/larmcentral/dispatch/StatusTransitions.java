package se.larmcentral.dispatch;

import se.larmcentral.core.Transitions;

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

    /** Refusals name the unit and the field {@code status}. */
    public static final Transitions<UnitStatus> TABLE = Transitions.of(UnitStatus.class, "unit", "status")
            .allow(AVAILABLE_AT_STATION, AVAILABLE_MOBILE, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE)
            .allow(AVAILABLE_MOBILE, AVAILABLE_AT_STATION, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE)
            .allow(ALERTED, ALERTED, ACKNOWLEDGED, CLEAR)
            .allow(ACKNOWLEDGED, ALERTED, EN_ROUTE, CLEAR)
            .allow(EN_ROUTE, ALERTED, ON_SCENE, CLEAR)
            .allow(ON_SCENE, TRANSPORT, CLEAR)
            .allow(TRANSPORT, AT_HOSPITAL)
            .allow(AT_HOSPITAL, CLEAR, ALERTED)
            .allow(CLEAR, AVAILABLE_AT_STATION, AVAILABLE_MOBILE, ALERTED, TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE)
            .allow(TEMPORARILY_UNAVAILABLE, AVAILABLE_AT_STATION, AVAILABLE_MOBILE, OUT_OF_SERVICE)
            .allow(OUT_OF_SERVICE, AVAILABLE_AT_STATION, AVAILABLE_MOBILE)
            .build();

    private StatusTransitions() {
    }
}
