package se.larmcentral.calls;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.Municipality;
import se.larmcentral.geo.MunicipalityLocator;
import se.larmcentral.geo.file.MunicipalityGeoJson;

import java.nio.file.Path;

/**
 * Gives the municipality for a caller's position over SCB's boundaries (a JTS index, see the geo module), or says
 * why it cannot, so that the operator picks one. Built once at start from the configured GeoJSON file; immutable
 * and thread-safe, so the server calls it before submitting {@link AttachPosition} or {@link CorrectPosition}.
 */
public final class MunicipalityLookup {

    /** How far outside every boundary a position may lie and still get the nearest municipality, by default. */
    public static final int DEFAULT_NEAREST_METRES = 5_000;

    private final MunicipalityLocator locator;
    private final String source;
    private final int nearestMetres;

    private MunicipalityLookup(MunicipalityLocator locator, String source, int nearestMetres) {
        this.locator = locator;
        this.source = source;
        this.nearestMetres = nearestMetres;
    }

    /**
     * Reads the boundaries (GeoJSON with {@code kommun_kod}, {@code kommun}); errors name the file and the feature.
     *
     * @param nearestMetres a position outside every boundary gets the nearest municipality within this distance
     *                      (the boundaries are generalised: harbours, islands and water fall outside); 0 never
     */
    public static MunicipalityLookup fromGeoJson(Path file, int nearestMetres) {
        return new MunicipalityLookup(new MunicipalityLocator(MunicipalityGeoJson.read(file)),
                file.getFileName().toString(), nearestMetres);
    }

    public static MunicipalityLookup fromGeoJson(Path file) {
        return fromGeoJson(file, DEFAULT_NEAREST_METRES);
    }

    public static MunicipalityLookup of(MunicipalityLocator locator, String source) {
        return new MunicipalityLookup(locator, source, DEFAULT_NEAREST_METRES);
    }

    /** No boundaries configured: every answer says the operator picks the municipality. */
    public static MunicipalityLookup none() {
        return new MunicipalityLookup(null, null, 0);
    }

    public boolean configured() {
        return locator != null;
    }

    public MunicipalityLocation locate(GeoPoint point) {
        if (locator == null) {
            return MunicipalityLocation.notFound("no municipality boundaries configured: the operator picks the municipality");
        }
        return locator.nearest(point, nearestMetres).map(nearest -> {
            Municipality m = nearest.municipality();
            if (nearest.metres() == 0) {
                return new MunicipalityLocation(m.code(), m.name(), "in " + m.code() + " " + m.name()
                        + " by the SCB boundaries (" + source + ")", null);
            }
            int metres = (int) Math.ceil(nearest.metres());
            return new MunicipalityLocation(m.code(), m.name(), "nearest municipality: " + m.code() + " " + m.name()
                    + ", " + metres + " m outside its generalised boundary (" + source + "): check with the caller",
                    metres);
        }).orElseGet(() -> MunicipalityLocation.notFound("outside every municipality in " + source
                + " and more than " + nearestMetres + " m from any (at sea or abroad): the operator picks the municipality"));
    }

    /** The municipality for a reported position: by its point, or none for a civic address alone. */
    public MunicipalityLocation locate(ReportedPosition position) {
        if (position.point() == null) {
            return MunicipalityLocation.notFound("the position is a civic address without a point: the operator picks the municipality");
        }
        return locate(position.point());
    }
}
