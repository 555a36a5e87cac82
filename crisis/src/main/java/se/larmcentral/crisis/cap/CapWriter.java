package se.larmcentral.crisis.cap;

import se.larmcentral.crisis.warning.CapMessage;
import se.larmcentral.crisis.warning.MessageType;
import se.larmcentral.crisis.warning.Polygon;
import se.larmcentral.crisis.warning.WarningArea;
import se.larmcentral.crisis.warning.WarningContent;
import se.larmcentral.crisis.warning.WarningScope;
import se.larmcentral.crisis.warning.WarningText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;

/** Writes one of the centre's messages as a CAP 1.2 {@code alert}: one {@code info} block per language. */
public final class CapWriter {

    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    /** The eventCode valueName saying which kind of public message it is (VMA or 113 13). */
    public static final String KIND_CODE = "SE-Larmcentral-kind";
    private static final String SENDER_NAME = "Larmcentralen";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    public String write(CapMessage m) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = OUTPUT.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(NAMESPACE);
            x.writeStartElement(NAMESPACE, "alert");
            x.writeDefaultNamespace(NAMESPACE);
            WarningContent c = m.content();
            element(x, "identifier", m.identifier());
            element(x, "sender", m.sender());
            element(x, "sent", CapTime.write(m.sent()));
            element(x, "status", c.status().cap());
            element(x, "msgType", m.type().cap());
            element(x, "scope", c.scope().cap());
            if (c.scope() == WarningScope.RESTRICTED) {
                element(x, "restriction", WarningScope.RESTRICTION);
            }
            if (m.note() != null) {
                element(x, "note", m.note());
            }
            if (m.references() != null) {
                CapMessage.Reference r = m.references();
                element(x, "references", r.sender() + "," + r.identifier() + "," + CapTime.write(r.sent()));
            }
            for (WarningText text : c.texts()) {
                info(x, m, c, text);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing CAP message " + m.identifier(), e);
        }
        return out.toString();
    }

    private static void info(XMLStreamWriter x, CapMessage m, WarningContent c, WarningText text) throws XMLStreamException {
        x.writeStartElement(NAMESPACE, "info");
        element(x, "language", text.language());
        element(x, "category", c.category().cap());
        element(x, "event", text.event());
        if (m.type() == MessageType.CANCEL) {
            element(x, "responseType", "AllClear");
        }
        element(x, "urgency", c.urgency().cap());
        element(x, "severity", c.severity().cap());
        element(x, "certainty", c.certainty().cap());
        x.writeStartElement(NAMESPACE, "eventCode");
        element(x, "valueName", KIND_CODE);
        element(x, "value", c.kind().label());
        x.writeEndElement();
        Instant effective = c.effective() == null ? m.warning().published().at() : c.effective();
        element(x, "effective", CapTime.write(effective));
        if (c.onset() != null) {
            element(x, "onset", CapTime.write(c.onset()));
        }
        element(x, "expires", CapTime.write(c.expires()));
        element(x, "senderName", SENDER_NAME);
        element(x, "headline", text.headline());
        element(x, "description", text.description());
        if (text.instruction() != null) {
            element(x, "instruction", text.instruction());
        }
        for (WarningArea area : c.areas()) {
            x.writeStartElement(NAMESPACE, "area");
            element(x, "areaDesc", area.description());
            for (Polygon polygon : area.polygons()) {
                element(x, "polygon", polygon.cap());
            }
            for (String code : area.municipalityCodes()) {
                x.writeStartElement(NAMESPACE, "geocode");
                element(x, "valueName", WarningArea.GEOCODE_NAME);
                element(x, "value", code);
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(NAMESPACE, name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
