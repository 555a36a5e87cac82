package se.larmcentral.crisis.contract;

import se.larmcentral.core.InvalidInputException;

/**
 * The county (län) a contract covers, by its two-digit SCB code (01 Stockholm) and name.
 */
public record ContractRegion(String countyCode, String name) {

    public ContractRegion {
        if (countyCode == null || !countyCode.matches("\\d{2}")) {
            throw new InvalidInputException("region.countyCode", "two digits (the SCB county code, 01 for Stockholm)");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("region.name", "the county's name is required");
        }
        name = name.strip();
    }

    /** The county in words: "Stockholms län (01)". */
    public String text() {
        return name + " (" + countyCode + ")";
    }
}
