package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.List;
import java.util.Objects;

/** A hospital with an emergency department and what it takes ({@link HospitalCapability}). */
public record Hospital(String id, String name, GeoPoint position, List<HospitalCapability> capabilities) {

    public Hospital {
        Ids.require("hospitalId", id);
        Objects.requireNonNull(position, "position");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a hospital needs a name");
        }
        if (capabilities == null || capabilities.isEmpty()) {
            throw new InvalidInputException("capabilities", "hospital " + id + " must take some kind of patient");
        }
        capabilities = List.copyOf(capabilities);
    }

    public boolean has(HospitalCapability capability) {
        return capabilities.contains(capability);
    }
}
