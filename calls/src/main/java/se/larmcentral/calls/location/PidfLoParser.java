package se.larmcentral.calls.location;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import se.larmcentral.calls.CivicAddress;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a caller's location from a PIDF-LO body (RFC 4119, shapes per RFC 5491, civic address per RFC 5139):
 * {@code gml:Point} ({@code gml:pos} "lat lon", 2D EPSG::4326 or 3D EPSG::4979), {@code gs:Circle} (centre and
 * {@code gs:radius} with {@code uom="urn:ogc:def:uom:EPSG::9001"}, metres) and {@code ca:civicAddress} (every
 * element kept). The first geodetic shape and the first civic address found in any {@code gp:location-info} are
 * used; other shapes (ellipse, polygon, arc band, ...) are named in the notes. The XML parser refuses any DOCTYPE
 * and reads no external entity (see {@code SafeXml}).
 */
public final class PidfLoParser {

    static final String PIDF = "urn:ietf:params:xml:ns:pidf";
    static final String GEOPRIV = "urn:ietf:params:xml:ns:pidf:geopriv10";
    static final String GML = "http://www.opengis.net/gml";
    static final String GS = "http://www.opengis.net/pidflo/1.0";
    static final String CIVIC = "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr";
    static final String DATA_MODEL = "urn:ietf:params:xml:ns:pidf:data-model";

    static final String CRS_2D = "urn:ogc:def:crs:EPSG::4326";
    static final String CRS_3D = "urn:ogc:def:crs:EPSG::4979";
    static final String METRE = "urn:ogc:def:uom:EPSG::9001";

    /** Longest body read. */
    public static final int MAX_LENGTH = 65_536;

    private static final String FIELD = "pidfLo";

    private PidfLoParser() {
    }

    /**
     * Parses the body.
     *
     * @throws InvalidInputException on field {@code pidfLo} with the reason: not XML, a DOCTYPE (refused: no
     *                               entities are read), not PIDF, no usable location, an unsupported coordinate system
     *                               or unit, bad coordinates
     */
    public static PidfLoLocation parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new InvalidInputException(FIELD, "is empty");
        }
        if (xml.length() > MAX_LENGTH) {
            throw new InvalidInputException(FIELD, "is " + xml.length() + " characters, more than the " + MAX_LENGTH + " read");
        }
        Document document = read(xml);
        Element root = document.getDocumentElement();
        if (!"presence".equals(root.getLocalName()) || !PIDF.equals(root.getNamespaceURI())) {
            throw new InvalidInputException(FIELD, "is not PIDF: the root element must be presence in " + PIDF
                    + ", was " + root.getNodeName());
        }
        List<String> notes = new ArrayList<>();
        GeoPoint point = null;
        Double radius = null;
        Double altitude = null;
        CivicAddress civic = null;
        List<String> unsupported = new ArrayList<>();
        NodeList infos = root.getElementsByTagNameNS(GEOPRIV, "location-info");
        for (int i = 0; i < infos.getLength(); i++) {
            for (Element shape : children((Element) infos.item(i))) {
                String ns = shape.getNamespaceURI();
                String name = shape.getLocalName();
                if (GML.equals(ns) && "Point".equals(name) || GS.equals(ns) && "Circle".equals(name)) {
                    if (point != null) {
                        notes.add("a second " + shape.getNodeName() + " was ignored");
                        continue;
                    }
                    double[] pos = position(shape);
                    point = new GeoPoint(pos[0], pos[1]);
                    altitude = pos.length == 3 ? pos[2] : null;
                    if ("Circle".equals(name)) {
                        radius = radius(shape);
                    }
                } else if (CIVIC.equals(ns) && "civicAddress".equals(name)) {
                    if (civic != null) {
                        notes.add("a second civic address was ignored");
                        continue;
                    }
                    civic = civicAddress(shape);
                } else {
                    unsupported.add(shape.getNodeName());
                    notes.add("unsupported location " + shape.getNodeName() + " was ignored (supported: gml:Point,"
                            + " gs:Circle, ca:civicAddress)");
                }
            }
        }
        if (point == null && civic == null) {
            throw new InvalidInputException(FIELD, infos.getLength() == 0
                    ? "has no gp:location-info: no location was sent"
                    : unsupported.isEmpty() ? "has an empty gp:location-info"
                    : "has only unsupported locations " + unsupported + "; supported: gml:Point, gs:Circle, ca:civicAddress");
        }
        String method = firstText(root, GEOPRIV, "method");
        Instant timestamp = timestamp(root, notes);
        return new PidfLoLocation(root.getAttribute("entity"), point, radius, altitude, civic, method, timestamp, notes);
    }

    private static Document read(String xml) {
        try {
            return SafeXml.parse(xml);
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new InvalidInputException(FIELD, "contains a DOCTYPE declaration, which is refused: no DTD or"
                        + " entity (internal or external) is read");
            }
            throw new InvalidInputException(FIELD, "is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + message);
        } catch (SAXException e) {
            throw new InvalidInputException(FIELD, "cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(FIELD, "cannot be read: " + e.getMessage());
        }
    }

    private static double[] position(Element shape) {
        String srs = shape.getAttribute("srsName");
        if (!srs.equals(CRS_2D) && !srs.equals(CRS_3D)) {
            throw new InvalidInputException(FIELD, shape.getNodeName() + " has srsName '" + srs + "'; only " + CRS_2D
                    + " (2D) and " + CRS_3D + " (3D) are read");
        }
        Element pos = firstChild(shape, GML, "pos");
        if (pos == null) {
            throw new InvalidInputException(FIELD, shape.getNodeName() + " has no gml:pos");
        }
        String[] parts = pos.getTextContent().strip().split("\\s+");
        int expected = srs.equals(CRS_2D) ? 2 : 3;
        if (parts.length != expected) {
            throw new InvalidInputException(FIELD, "gml:pos must hold " + expected + " numbers (latitude longitude"
                    + (expected == 3 ? " altitude" : "") + ") for " + srs + ", was '" + pos.getTextContent().strip() + "'");
        }
        double[] values = new double[expected];
        for (int i = 0; i < expected; i++) {
            try {
                values[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(FIELD, "gml:pos holds '" + parts[i] + "', which is not a number");
            }
        }
        if (!Double.isFinite(values[0]) || Math.abs(values[0]) > 90 || !Double.isFinite(values[1]) || Math.abs(values[1]) > 180) {
            throw new InvalidInputException(FIELD, "gml:pos '" + pos.getTextContent().strip()
                    + "' is not latitude (-90 to 90) then longitude (-180 to 180)");
        }
        return values;
    }

    private static double radius(Element circle) {
        Element radius = firstChild(circle, GS, "radius");
        if (radius == null) {
            throw new InvalidInputException(FIELD, "gs:Circle has no gs:radius");
        }
        String uom = radius.getAttribute("uom");
        if (!METRE.equals(uom)) {
            throw new InvalidInputException(FIELD, "gs:radius has uom '" + uom + "'; only metres (" + METRE + ") are read");
        }
        try {
            double value = Double.parseDouble(radius.getTextContent().strip());
            if (!Double.isFinite(value) || value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FIELD, "gs:radius '" + radius.getTextContent().strip()
                    + "' is not a distance of 0 metres or more");
        }
    }

    private static CivicAddress civicAddress(Element element) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element child : children(element)) {
            String text = child.getTextContent().strip();
            if (!text.isEmpty()) {
                values.merge(child.getLocalName(), text, (a, b) -> a + "; " + b);
            }
        }
        if (values.isEmpty()) {
            throw new InvalidInputException(FIELD, "ca:civicAddress has no elements");
        }
        return new CivicAddress(values);
    }

    private static Instant timestamp(Element root, List<String> notes) {
        String text = firstText(root, DATA_MODEL, "timestamp");
        if (text.isEmpty()) {
            text = firstText(root, PIDF, "timestamp");
        }
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            notes.add("timestamp '" + text + "' is not an RFC 3339 date-time and was ignored");
            return null;
        }
    }

    private static String firstText(Element root, String ns, String localName) {
        NodeList found = root.getElementsByTagNameNS(ns, localName);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }

    private static Element firstChild(Element parent, String ns, String localName) {
        for (Element child : children(parent)) {
            if (ns.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    /** The civic address element names of RFC 4119 and RFC 5139, for documentation and tests. */
    public static final Set<String> CIVIC_ELEMENTS = Set.of("country", "A1", "A2", "A3", "A4", "A5", "A6", "PRD",
            "POD", "STS", "HNO", "HNS", "LMK", "LOC", "FLR", "NAM", "PC", "BLD", "UNIT", "ROOM", "SEAT", "PLC", "PCN",
            "POBOX", "ADDCODE", "RD", "RDSEC", "RDBR", "RDSUBBR", "PRM", "POM");
}
