package se.larmcentral.triage;

import java.util.List;
import java.util.Objects;

/**
 * What a criterion sends, as the index states it.
 *
 * @param unit            the unit type
 * @param lightsAndSirens {@code null} when the region's default for the priority applies, else the index's
 *                        explicit choice for this criterion
 * @param extra           resources alerted as well, in the order given
 */
public record Response(UnitType unit, Boolean lightsAndSirens, List<ExtraResource> extra) {

    public Response {
        Objects.requireNonNull(unit, "unit");
        extra = List.copyOf(extra);
    }
}
