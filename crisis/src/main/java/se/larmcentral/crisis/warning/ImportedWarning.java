package se.larmcentral.crisis.warning;

import java.time.Instant;
import java.util.List;

/**
 * A CAP message another authority published (an SMHI weather warning, a VMA from the county board), imported to be
 * shown to supervisors and call-takers; read-only, the centre never republishes it. Values as the sender wrote them.
 *
 * @param references the CAP references as written ({@code sender,identifier,sent ...}), or null
 */
public record ImportedWarning(String identifier, String sender, Instant sent, String status, String msgType,
                              String scope, String references, List<Info> infos) {

    public ImportedWarning {
        infos = List.copyOf(infos);
    }

    /** One CAP {@code info} block as read. */
    public record Info(String language, List<String> categories, String event, String urgency, String severity,
                       String certainty, String senderName, String headline, String description, String instruction,
                       Instant effective, Instant onset, Instant expires, List<Area> areas) {

        public Info {
            categories = List.copyOf(categories);
            areas = List.copyOf(areas);
        }
    }

    /** One CAP {@code area}: its description, its geocodes as {@code valueName=value}, its polygons as written. */
    public record Area(String description, List<String> geocodes, List<String> polygons) {

        public Area {
            geocodes = List.copyOf(geocodes);
            polygons = List.copyOf(polygons);
        }
    }
}
