package se.larmcentral.calls;

/**
 * The municipality found for a position by the SCB boundaries, or none, with the explanation the operator sees.
 *
 * @param code        four-digit SCB code, or null when none was found
 * @param name        the municipality's name, or null
 * @param explanation how it was found or why not (no boundaries configured, at sea or abroad)
 * @param outsideMetres null when the position lies inside the municipality; else how far outside its generalised
 *                      boundary it lies (water, a harbour, an island), the nearest municipality within the limit
 */
public record MunicipalityLocation(String code, String name, String explanation, Integer outsideMetres) {

    public MunicipalityLocation(String code, String name, String explanation) {
        this(code, name, explanation, null);
    }

    public static MunicipalityLocation notFound(String explanation) {
        return new MunicipalityLocation(null, null, explanation);
    }

    public boolean found() {
        return code != null;
    }
}
