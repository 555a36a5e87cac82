package se.larmcentral.crisis.cap;

import se.larmcentral.crisis.warning.CapMessage;
import se.larmcentral.crisis.warning.MessageType;
import se.larmcentral.crisis.warning.WarningText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The Atom feed (RFC 4287) of the centre's current CAP messages, as CAP feeds are commonly offered to broadcasters
 * and aggregators: one entry per message, linking to its CAP XML ({@code <link rel="alternate"
 * type="application/cap+xml">}). Links are relative to the feed's own address, so it is right behind any proxy.
 */
public final class CapFeed {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String CAP_TYPE = "application/cap+xml";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /**
     * @param messages the entries, newest first
     * @param linkOf   the address of a message's CAP XML, by identifier
     */
    public String write(String sender, List<CapMessage> messages, Instant now, java.util.function.Function<String, String> linkOf) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = OUTPUT.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", "sv-SE");
            element(x, "id", "urn:larmcentral:cap:" + sender + ":feed");
            element(x, "title", "Larmcentralen: VMA och information (113 13)");
            element(x, "updated", atom(messages.stream().map(CapMessage::sent).max(Instant::compareTo).orElse(now)));
            x.writeStartElement(ATOM, "author");
            element(x, "name", sender);
            x.writeEndElement();
            for (CapMessage m : messages) {
                WarningText sv = m.content().swedish();
                x.writeStartElement(ATOM, "entry");
                element(x, "id", "urn:larmcentral:cap:" + m.sender() + ":" + m.identifier());
                element(x, "title", (m.type() == MessageType.CANCEL ? "Återkallat: " : "") + m.content().kind().label()
                        + ": " + sv.headline());
                element(x, "updated", atom(m.sent()));
                element(x, "published", atom(m.sent()));
                element(x, "summary", m.type() == MessageType.CANCEL && m.note() != null ? m.note() : sv.description());
                x.writeEmptyElement(ATOM, "link");
                x.writeAttribute("rel", "alternate");
                x.writeAttribute("type", CAP_TYPE);
                x.writeAttribute("href", linkOf.apply(m.identifier()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the CAP feed", e);
        }
        return out.toString();
    }

    private static String atom(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(ATOM, name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
