package se.larmcentral.eido;

import se.larmcentral.core.GeoPoint;

import java.time.Instant;
import java.util.Locale;

/** The small pieces of markup an EIDO carries by value: a PIDF-LO point (RFC 4119, RFC 5491) and HTML text. */
final class Pidf {

    private Pidf() {
    }

    /** A PIDF-LO document with one WGS 84 point (GML, latitude then longitude, EPSG 4326). */
    static String point(String entity, GeoPoint point, Instant at) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" xmlns:gp=\"urn:ietf:params:xml:ns:pidf:geopriv10\""
                + " xmlns:gml=\"http://www.opengis.net/gml\" xmlns:dm=\"urn:ietf:params:xml:ns:pidf:data-model\""
                + " entity=\"" + escape(entity) + "\"><dm:device id=\"location\"><gp:geopriv><gp:location-info>"
                + "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>"
                + String.format(Locale.ROOT, "%.6f %.6f", point.lat(), point.lon())
                + "</gml:pos></gml:Point></gp:location-info><gp:usage-rules/></gp:geopriv>"
                + "<dm:timestamp>" + EidoExport.time(at) + "</dm:timestamp></dm:device></presence>";
    }

    /** Text as HTML5 (NENA's notes are HTML): the markup characters escaped. */
    static String html(String text) {
        return escape(text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
