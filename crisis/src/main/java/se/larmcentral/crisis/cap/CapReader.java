package se.larmcentral.crisis.cap;

import se.larmcentral.core.FreeText;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.crisis.warning.Category;
import se.larmcentral.crisis.warning.CapValue;
import se.larmcentral.crisis.warning.Certainty;
import se.larmcentral.crisis.warning.ImportedWarning;
import se.larmcentral.crisis.warning.Severity;
import se.larmcentral.crisis.warning.Urgency;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads another authority's CAP 1.2 message to show it. Hostile XML is refused before anything is kept: over the size
 * limit, any DOCTYPE (so no entity, internal or external, is ever expanded), another root or namespace, and, against
 * the schema when one is given and by its own checks always, every problem named with its line.
 */
public final class CapReader {

    /** Large enough for a long multi-language warning with detailed polygons. */
    public static final int DEFAULT_MAX_BYTES = 256 * 1024;
    private static final int MAX_TEXT = 8000;
    private static final Set<String> STATUS = Set.of("Actual", "Exercise", "System", "Test", "Draft");
    private static final Set<String> MSG_TYPE = Set.of("Alert", "Update", "Cancel", "Ack", "Error");
    private static final Set<String> SCOPE = Set.of("Public", "Restricted", "Private");
    private static final Set<String> ALERT_CHILDREN = Set.of("identifier", "sender", "sent", "status", "msgType",
            "source", "scope", "restriction", "addresses", "code", "note", "references", "incidents", "info");
    private static final Set<String> INFO_CHILDREN = Set.of("language", "category", "event", "responseType", "urgency",
            "severity", "certainty", "audience", "eventCode", "effective", "onset", "expires", "senderName", "headline",
            "description", "instruction", "web", "contact", "parameter", "resource", "area");

    private final CapSchema schema;
    private final int maxBytes;

    /** @param schema the CAP 1.2 schema to check against first, or null for the reader's own checks alone */
    public CapReader(CapSchema schema, int maxBytes) {
        this.schema = schema;
        this.maxBytes = maxBytes;
    }

    /** The message, or a refusal (field {@code cap}) naming every problem with its line. */
    public ImportedWarning read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new InvalidInputException("cap", "is empty; send a CAP 1.2 alert as XML");
        }
        if (xml.length > maxBytes) {
            throw new InvalidInputException("cap", "is " + xml.length + " bytes; at most " + maxBytes);
        }
        Node root = parse(xml);
        if (!CapWriter.NAMESPACE.equals(root.namespace()) || !root.name().equals("alert")) {
            throw refused(List.of(new CapProblem(root.line(), "the root element is {" + root.namespace() + "}"
                    + root.name() + "; a CAP 1.2 message is an alert in namespace " + CapWriter.NAMESPACE)));
        }
        if (schema != null) {
            List<CapProblem> problems = schema.problems(xml);
            if (!problems.isEmpty()) {
                throw refused(problems);
            }
        }
        List<CapProblem> problems = new ArrayList<>();
        ImportedWarning warning = warning(root, problems);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return warning;
    }

    private static InvalidInputException refused(List<CapProblem> problems) {
        return new InvalidInputException("cap", "is not a valid CAP 1.2 message: "
                + problems.stream().map(CapProblem::toString).collect(Collectors.joining("; ")));
    }

    /** An element of the CAP namespace with its text and children (others, such as a signature, are skipped). */
    private record Node(String namespace, String name, int line, StringBuilder text, List<Node> children) {

        List<Node> all(String child) {
            return children.stream().filter(n -> n.name().equals(child)).toList();
        }

        Node first(String child) {
            return children.stream().filter(n -> n.name().equals(child)).findFirst().orElse(null);
        }
    }

    private static Node parse(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader in = null;
        try {
            in = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            List<Node> open = new ArrayList<>();
            Node root = null;
            int skipped = 0;
            while (in.hasNext()) {
                int event = in.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw refused(List.of(new CapProblem(in.getLocation().getLineNumber(),
                            "a DOCTYPE is not allowed in CAP (no DTD, no entities, internal or external)")));
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw refused(List.of(new CapProblem(
                            in.getLocation().getLineNumber(), "entity reference &" + in.getLocalName() + "; is not allowed")));
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (skipped > 0 || (root != null && !CapWriter.NAMESPACE.equals(in.getNamespaceURI()))) {
                            skipped++;
                            continue;
                        }
                        if (open.size() >= 8) {
                            throw refused(List.of(new CapProblem(in.getLocation().getLineNumber(), "nested too deep for CAP")));
                        }
                        Node node = new Node(in.getNamespaceURI() == null ? "" : in.getNamespaceURI(), in.getLocalName(),
                                in.getLocation().getLineNumber(), new StringBuilder(), new ArrayList<>());
                        if (root == null) {
                            root = node;
                        } else {
                            open.getLast().children().add(node);
                        }
                        open.add(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (skipped > 0) {
                            skipped--;
                        } else {
                            open.removeLast();
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (skipped == 0 && !open.isEmpty()) {
                            open.getLast().text().append(in.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw refused(List.of(new CapProblem(0, "holds no element")));
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw refused(List.of(new CapProblem(line, "not well-formed XML: " + message.strip())));
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (XMLStreamException ignored) {
                    // nothing was kept from it
                }
            }
        }
    }

    private static ImportedWarning warning(Node alert, List<CapProblem> problems) {
        unknownChildren(alert, ALERT_CHILDREN, problems);
        String identifier = required(alert, "identifier", problems);
        String sender = required(alert, "sender", problems);
        Instant sent = time(alert, "sent", true, problems);
        String status = oneOf(alert, "status", STATUS, problems);
        String msgType = oneOf(alert, "msgType", MSG_TYPE, problems);
        String scope = oneOf(alert, "scope", SCOPE, problems);
        String references = optional(alert, "references", problems);
        List<ImportedWarning.Info> infos = new ArrayList<>();
        for (Node info : alert.all("info")) {
            infos.add(info(info, problems));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ImportedWarning(identifier, sender, sent, status, msgType, scope, references, infos);
    }

    private static ImportedWarning.Info info(Node info, List<CapProblem> problems) {
        unknownChildren(info, INFO_CHILDREN, problems);
        List<String> categories = new ArrayList<>();
        for (Node category : info.all("category")) {
            categories.add(capValue(Category.class, category, problems));
        }
        if (categories.isEmpty()) {
            problems.add(new CapProblem(info.line(), "info has no category"));
        }
        List<ImportedWarning.Area> areas = new ArrayList<>();
        for (Node area : info.all("area")) {
            String description = required(area, "areaDesc", problems);
            List<String> geocodes = area.all("geocode").stream()
                    .map(g -> required(g, "valueName", problems) + "=" + required(g, "value", problems)).toList();
            List<String> polygons = area.all("polygon").stream().map(p -> text(p, problems)).toList();
            areas.add(new ImportedWarning.Area(description, geocodes, polygons));
        }
        String language = optional(info, "language", problems);
        return new ImportedWarning.Info(language == null ? "en-US" : language, categories,
                required(info, "event", problems), capValue(Urgency.class, info, "urgency", problems),
                capValue(Severity.class, info, "severity", problems), capValue(Certainty.class, info, "certainty", problems),
                optional(info, "senderName", problems), optional(info, "headline", problems),
                optional(info, "description", problems), optional(info, "instruction", problems),
                time(info, "effective", false, problems), time(info, "onset", false, problems),
                time(info, "expires", false, problems), areas);
    }

    private static void unknownChildren(Node node, Set<String> known, List<CapProblem> problems) {
        for (Node child : node.children()) {
            if (!known.contains(child.name())) {
                problems.add(new CapProblem(child.line(), "element " + child.name() + " is not part of a CAP 1.2 "
                        + node.name()));
            }
        }
    }

    private static <E extends Enum<E> & CapValue> String capValue(Class<E> type, Node parent, String name,
                                                                  List<CapProblem> problems) {
        Node node = parent.first(name);
        if (node == null) {
            problems.add(new CapProblem(parent.line(), parent.name() + " has no " + name));
            return null;
        }
        return capValue(type, node, problems);
    }

    private static <E extends Enum<E> & CapValue> String capValue(Class<E> type, Node node, List<CapProblem> problems) {
        String value = text(node, problems);
        boolean known = value != null && java.util.Arrays.stream(type.getEnumConstants()).anyMatch(v -> v.cap().equals(value));
        if (!known) {
            problems.add(new CapProblem(node.line(), node.name() + " '" + FreeText.shown(String.valueOf(value))
                    + "' is not one of " + CapValue.choices(type)));
        }
        return value;
    }

    private static String oneOf(Node parent, String name, Set<String> allowed, List<CapProblem> problems) {
        String value = required(parent, name, problems);
        if (value != null && !allowed.contains(value)) {
            problems.add(new CapProblem(parent.first(name).line(), name + " '" + FreeText.shown(value) + "' is not one of "
                    + allowed.stream().sorted().collect(Collectors.joining(", "))));
        }
        return value;
    }

    private static Instant time(Node parent, String name, boolean required, List<CapProblem> problems) {
        String text = required ? required(parent, name, problems) : optional(parent, name, problems);
        if (text == null) {
            return null;
        }
        Instant instant = CapTime.read(text);
        if (instant == null) {
            problems.add(new CapProblem(parent.first(name).line(), name + " '" + FreeText.shown(text)
                    + "' is not a CAP date-time (2026-12-07T22:00:00+01:00)"));
        }
        return instant;
    }

    private static String required(Node parent, String name, List<CapProblem> problems) {
        Node node = parent.first(name);
        if (node == null) {
            problems.add(new CapProblem(parent.line(), parent.name() + " has no " + name));
            return null;
        }
        String value = text(node, problems);
        if (value == null) {
            problems.add(new CapProblem(node.line(), name + " is empty"));
        }
        return value;
    }

    private static String optional(Node parent, String name, List<CapProblem> problems) {
        Node node = parent.first(name);
        return node == null ? null : text(node, problems);
    }

    /** The element's text trimmed, or null when blank; refused when too long or holding hidden characters. */
    private static String text(Node node, List<CapProblem> problems) {
        String text = node.text().toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            problems.add(new CapProblem(node.line(), node.name() + " is " + text.length() + " characters; at most " + MAX_TEXT));
            return null;
        }
        String why = FreeText.refused(text, true);
        if (why != null) {
            problems.add(new CapProblem(node.line(), node.name() + " " + why));
            return null;
        }
        return text;
    }
}
