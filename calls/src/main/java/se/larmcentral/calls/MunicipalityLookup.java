package se.larmcentral.calls;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.MunicipalityLocator;
import se.larmcentral.geo.file.MunicipalityGeoJson;

import java.nio.file.Path;

/**
 * Gives the municipality for a caller's position over SCB's boundaries (a JTS index, see the geo module), or says
 * why it cannot, so that the operator picks one. Built once at start from the configured GeoJSON file; immutable
 * and thread-safe, so the server calls it before submitting {@link AttachPosition} or {@link CorrectPosition}.
 */
public final class MunicipalityLookup {

    private final MunicipalityLocator locator;
    private final String source;

    private MunicipalityLookup(MunicipalityLocator locator, String source) {
        this.locator = locator;
        this.source = source;
    }

    /** Reads the boundaries (GeoJSON with {@code kommun_kod}, {@code kommun}); errors name the file and the feature. */
    public static MunicipalityLookup fromGeoJson(Path file) {
        return new MunicipalityLookup(new MunicipalityLocator(MunicipalityGeoJson.read(file)),
                file.getFileName().toString());
    }

    public static MunicipalityLookup of(MunicipalityLocator locator, String source) {
        return new MunicipalityLookup(locator, source);
    }

    /** No boundaries configured: every answer says the operator picks the municipality. */
    public static MunicipalityLookup none() {
        return new MunicipalityLookup(null, null);
    }

    public boolean configured() {
        return locator != null;
    }

    public MunicipalityLocation locate(GeoPoint point) {
        if (locator == null) {
            return MunicipalityLocation.notFound("no municipality boundaries configured: the operator picks the municipality");
        }
        return locator.locate(point)
                .map(m -> new MunicipalityLocation(m.code(), m.name(), "in " + m.code() + " " + m.name()
                        + " by the SCB boundaries (" + source + ")"))
                .orElseGet(() -> MunicipalityLocation.notFound("outside every municipality in " + source
                        + " (at sea or abroad): the operator picks the municipality"));
    }

    /** The municipality for a reported position: by its point, or none for a civic address alone. */
    public MunicipalityLocation locate(ReportedPosition position) {
        if (position.point() == null) {
            return MunicipalityLocation.notFound("the position is a civic address without a point: the operator picks the municipality");
        }
        return locate(position.point());
    }
}
