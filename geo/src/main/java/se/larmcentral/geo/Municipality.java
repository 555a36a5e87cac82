package se.larmcentral.geo;

/**
 * A Swedish municipality (kommun).
 *
 * @param code the SCB municipality code, four digits (e.g. {@code 0180} for Stockholm)
 * @param name the municipality's short name
 */
public record Municipality(String code, String name) {
}
