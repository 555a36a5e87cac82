package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.Objects;

/**
 * An ambulance station (ambulansstation), where units wait when free.
 *
 * @param municipalityCode SCB code of the municipality it lies in ({@code 0180}), or {@code null} when not given
 */
public record Station(String id, String name, GeoPoint position, String municipalityCode) {

    public Station {
        Ids.require("stationId", id);
        Objects.requireNonNull(position, "position");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a station needs a name");
        }
        if (municipalityCode != null && !municipalityCode.matches("[0-9]{4}")) {
            throw new InvalidInputException("municipalityCode", "must be a four-digit SCB code, was '" + municipalityCode + "'");
        }
    }
}
