package se.larmcentral.social;

import se.larmcentral.core.InvalidInputException;

/**
 * A Swedish municipality (kommun) as SCB numbers it.
 *
 * @param code       the four-digit SCB code (kommunkod), e.g. {@code 0180}
 * @param name       the short name, e.g. {@code Stockholm}
 * @param countyCode the two-digit county code (länskod), the first two digits of the code
 */
public record Municipality(String code, String name, String countyCode) {

    public Municipality {
        if (code == null || !code.matches("[0-9]{4}")) {
            throw new InvalidInputException("municipality", "must be a four-digit SCB code, was '" + code + "'");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "municipality " + code + " has no name");
        }
        if (countyCode == null || !code.startsWith(countyCode)) {
            throw new InvalidInputException("countyCode", "municipality " + code + " must start with its county code, was '" + countyCode + "'");
        }
    }
}
