package se.larmcentral.web.warnings;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.crisis.warning.CapValue;
import se.larmcentral.crisis.warning.Category;
import se.larmcentral.crisis.warning.Certainty;
import se.larmcentral.crisis.warning.Polygon;
import se.larmcentral.crisis.warning.Severity;
import se.larmcentral.crisis.warning.Urgency;
import se.larmcentral.crisis.warning.WarningArea;
import se.larmcentral.crisis.warning.WarningContent;
import se.larmcentral.crisis.warning.WarningKind;
import se.larmcentral.crisis.warning.WarningScope;
import se.larmcentral.crisis.warning.WarningStatus;
import se.larmcentral.crisis.warning.WarningText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The JSON bodies of the warning routes. */
final class WarningRequests {

    private WarningRequests() {
    }

    /**
     * A message to draft; {@code references} the identifier of the published message it updates, if any. Enumerations
     * as CAP spells them (Actual, Public, Fire, Immediate, Severe, Observed); kind VMA or INFORMATION_113_13; times
     * with an offset; {@code validHours} instead of {@code expires}: that many hours from now.
     */
    record Draft(String references, String kind, String status, String scope, String category, String urgency,
                 String severity, String certainty, List<WarningText> texts, List<Area> areas, String effective,
                 String onset, String expires, Integer validHours) {

        WarningContent content(Instant now) {
            if (expires != null && validHours != null) {
                throw new InvalidInputException("validHours", "give either expires or validHours, not both");
            }
            if (validHours != null && (validHours < 1 || validHours > 24 * 90)) {
                throw new InvalidInputException("validHours", "must be 1 to " + 24 * 90 + " hours, was " + validHours);
            }
            Instant end = validHours != null ? now.plus(java.time.Duration.ofHours(validHours)) : time("expires", expires);
            WarningKind k;
            try {
                k = kind == null ? null : WarningKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "must be VMA or INFORMATION_113_13, was '" + kind + "'");
            }
            if (k == null) {
                throw new InvalidInputException("kind", "is missing; VMA or INFORMATION_113_13");
            }
            List<WarningArea> parsed = new ArrayList<>();
            List<Area> given = areas == null ? List.of() : areas;
            for (int i = 0; i < given.size(); i++) {
                parsed.add(given.get(i) == null ? null : given.get(i).area("areas[" + i + "]"));
            }
            return new WarningContent(k,
                    status == null ? WarningStatus.ACTUAL : CapValue.parse(WarningStatus.class, "status", status),
                    scope == null ? WarningScope.PUBLIC : CapValue.parse(WarningScope.class, "scope", scope),
                    CapValue.parse(Category.class, "category", category), CapValue.parse(Urgency.class, "urgency", urgency),
                    CapValue.parse(Severity.class, "severity", severity),
                    CapValue.parse(Certainty.class, "certainty", certainty), texts, parsed,
                    time("effective", effective), time("onset", onset), end);
        }

        private static Instant time(String field, String text) {
            return text == null || text.isBlank() ? null : SwedishTime.parseInstant(field, text);
        }
    }

    /** An area: its description, SCB municipality codes, polygons as lists of "lat,lon". */
    record Area(String description, List<String> municipalityCodes, List<List<String>> polygons) {

        WarningArea area(String field) {
            List<Polygon> rings = new ArrayList<>();
            List<List<String>> given = polygons == null ? List.of() : polygons;
            for (int i = 0; i < given.size(); i++) {
                List<GeoPoint> points = new ArrayList<>();
                List<String> ring = given.get(i) == null ? List.of() : given.get(i);
                for (int j = 0; j < ring.size(); j++) {
                    points.add(GeoPoint.parse(field + ".polygons[" + i + "][" + j + "]", ring.get(j)));
                }
                rings.add(new Polygon(points));
            }
            return new WarningArea(description, municipalityCodes, rings);
        }
    }

    record Cancel(String reason) {
    }
}
