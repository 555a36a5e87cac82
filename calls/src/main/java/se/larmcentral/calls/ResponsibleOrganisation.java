package se.larmcentral.calls;

import se.larmcentral.core.PhoneNumber;

import java.util.Objects;

/**
 * The organisation that takes over 116 000 reports (configured; in Sweden a voluntary organisation runs 116 000
 * under agreement) and the number the report is handed to.
 */
public record ResponsibleOrganisation(String name, PhoneNumber number) {

    public ResponsibleOrganisation {
        name = Ids.requireText("organisation.name", name, 200);
        Objects.requireNonNull(number, "number");
    }
}
