package se.larmcentral.centre.warnings;

import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.crisis.warning.DraftWarning;
import se.larmcentral.crisis.warning.Polygon;
import se.larmcentral.crisis.warning.PublicWarning;
import se.larmcentral.crisis.warning.WarningArea;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Drafts a public message whose polygons lie inside the centre's region: a point elsewhere (another county, the sea,
 * swapped coordinates) is refused naming it, {@code areas[i].polygons[k][j]}, since the centre warns only the public it
 * serves. Without municipality boundaries nothing can be checked and the draft goes through as given.
 */
public record DraftWarningInRegion(DraftWarning draft) implements Command<CentreState, PublicWarning> {

    @Override
    public Decision<PublicWarning> decide(CentreState state, Instant now) {
        List<WarningArea> areas = draft.content() == null || draft.content().areas() == null ? List.of()
                : draft.content().areas();
        for (int i = 0; i < areas.size(); i++) {
            List<Polygon> polygons = areas.get(i) == null || areas.get(i).polygons() == null ? List.of()
                    : areas.get(i).polygons();
            for (int k = 0; k < polygons.size(); k++) {
                List<GeoPoint> points = polygons.get(k) == null || polygons.get(k).points() == null ? List.of()
                        : polygons.get(k).points();
                for (int j = 0; j < points.size(); j++) {
                    Optional<String> outside = points.get(j) == null ? Optional.empty() : state.region().outside(points.get(j));
                    if (outside.isPresent()) {
                        throw new InvalidInputException("areas[" + i + "].polygons[" + k + "][" + j + "]",
                                outside.get() + "; a warning's polygon lies inside the region");
                    }
                }
            }
        }
        return draft.decide(state.warnings(), now);
    }
}
