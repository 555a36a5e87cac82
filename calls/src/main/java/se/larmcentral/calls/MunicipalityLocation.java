package se.larmcentral.calls;

/**
 * The municipality found for a position by the SCB boundaries, or none, with the explanation the operator sees.
 *
 * @param code        four-digit SCB code, or null when none was found
 * @param name        the municipality's name, or null
 * @param explanation how it was found or why not (no boundaries configured, at sea or abroad)
 */
public record MunicipalityLocation(String code, String name, String explanation) {

    public static MunicipalityLocation notFound(String explanation) {
        return new MunicipalityLocation(null, null, explanation);
    }

    public boolean found() {
        return code != null;
    }
}
