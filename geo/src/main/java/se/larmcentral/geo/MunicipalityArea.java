package se.larmcentral.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * A municipality's territory.
 *
 * @param municipality the municipality
 * @param area         its boundary as a Polygon or MultiPolygon in WGS84 (x = longitude, y = latitude)
 */
public record MunicipalityArea(Municipality municipality, Geometry area) {
}
