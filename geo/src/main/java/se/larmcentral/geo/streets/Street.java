package se.larmcentral.geo.streets;

import org.locationtech.jts.geom.LineString;

/**
 * One named way of the extract (gata): its name, its OpenStreetMap road class ({@code highway=}) and its line, in
 * longitude/latitude order as JTS and GeoJSON keep it.
 */
public record Street(String name, String highway, LineString line) {
}
