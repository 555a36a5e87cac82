package se.larmcentral.eido;

import com.fasterxml.jackson.databind.JsonNode;
import se.larmcentral.centre.exchange.ImportIncident.IncidentImport;
import se.larmcentral.centre.exchange.ImportedNote;
import se.larmcentral.core.GeoPoint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EIDO from another centre, already checked against the schema, read into what the centre records: the sender,
 * its ids, a point and the place in words, the priority here and how it was reached, and the history as notes.
 * The PIDF-LO carried by value is searched as text for a GML point and a civic address, never parsed as XML (so no
 * entity or DTD in it is ever resolved). A location by reference is named in a note, not fetched.
 *
 * <p><b>Priority</b> (1 life-threatening to 4): the incident's {@code incidentCommonPriorityNumber} when it is 1-4
 * (the scale this centre exports; above 4 is read as 4); else the highest {@code priorityIdentifier} of its calls
 * (highest 1, high 2, normal 3, low and lowest 4); else 2, urgent until a call-taker here assesses it.
 */
public final class EidoImport {

    static final int MAX_NOTES = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_REFERENCES = 50;
    private static final Pattern GML_POS = Pattern.compile("<(?:[A-Za-z0-9_]+:)?pos>\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s+(-?\\d{1,3}(?:\\.\\d+)?)\\s*</");
    private static final Pattern GEO_URI = Pattern.compile("^geo:(-?\\d{1,3}(?:\\.\\d+)?),(-?\\d{1,3}(?:\\.\\d+)?)");
    private static final Pattern CIVIC = Pattern.compile("<(?:[A-Za-z0-9_]+:)?civicAddress[^>]*>(.*?)</(?:[A-Za-z0-9_]+:)?civicAddress>", Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile("<(?:[A-Za-z0-9_]+:)?([A-Za-z0-9]+)>([^<]*)</");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private EidoImport() {
    }

    /** The incident {@code eido} describes; the document must have passed {@link EidoSchema#check}. */
    public static IncidentImport read(JsonNode eido) {
        String agency = text(eido.path("updatedByAgencyReference").path("$ref"))
                .or(() -> owningAgency(eido)).orElse("unknown agency");
        String agent = text(eido.path("updatedByAgentReference").path("$ref")).orElse(null);
        Set<String> references = new LinkedHashSet<>();
        text(eido.path("$id")).ifPresent(references::add);
        JsonNode incident = eido.path("incidentComponent");
        text(incident.path("$id")).ifPresent(references::add);
        text(incident.path("internalIncidentId")).ifPresent(references::add);
        eido.path("callComponent").forEach(call -> text(call.path("$id")).ifPresent(references::add));

        List<ImportedNote> notes = new ArrayList<>();
        Instant issued = instant(eido.path("lastUpdateTimeStamp")).orElse(null);
        notes.add(note(issued, agent, "Received as EIDO " + text(eido.path("$id")).orElse("(no id)") + " from " + agency
                + " (issued by " + text(eido.path("issuingElementIdentification")).orElse("?") + ", EIDO version "
                + text(eido.path("eidoVersion")).orElse("?") + ")"));
        if (!incident.isMissingNode()) {
            notes.add(note(instant(incident.path("lastUpdateTimeStamp")).orElse(issued), agentOf(incident), "Incident type "
                    + text(incident.path("incidentTypeCommonRegistryText")).orElse("?")
                    + text(incident.path("incidentTypeInternalText")).map(t -> " (" + t + ")").orElse("")
                    + text(incident.path("incidentPriorityInternalText")).map(t -> "; their priority: " + t).orElse("")));
        }
        for (JsonNode call : eido.path("callComponent")) {
            StringBuilder said = new StringBuilder("Call " + text(call.path("$id")).orElse("?") + ", "
                    + text(call.path("standardPrimaryCallType")).orElse("?") + " " + text(call.path("direction")).orElse(""));
            instant(call.path("callStartTimestamp")).ifPresent(at -> said.append(", started ").append(EidoExport.time(at)));
            instant(call.path("answerDate")).ifPresent(at -> said.append(", answered ").append(EidoExport.time(at)));
            text(call.path("callStateRegistryText")).ifPresent(s -> said.append(", ").append(s));
            callback(eido, call).ifPresent(uris -> said.append("; call back: ").append(uris));
            notes.add(note(instant(call.path("callStartTimestamp")).orElse(issued), agentOf(call), said.toString()));
        }
        for (JsonNode resource : eido.path("emergencyResourceComponent")) {
            notes.add(note(instant(resource.path("lastUpdateTimeStamp")).orElse(issued), agentOf(resource), "Their unit "
                    + text(resource.path("emergencyResourceName")).orElse(text(resource.path("$id")).orElse("?")) + ": "
                    + text(resource.path("primaryUnitStatusRegistryText")).orElse("?")));
        }
        for (JsonNode location : eido.path("locationComponent")) {
            text(location.path("locationByReferenceUrl")).ifPresent(url -> notes.add(note(
                    instant(location.path("lastUpdateTimeStamp")).orElse(issued), agentOf(location), "Location ("
                            + text(location.path("locationTypeDescriptionRegistryText")).orElse("?")
                            + ") by reference, not fetched here: " + url)));
        }
        for (JsonNode note : eido.path("notesComponent")) {
            notes.add(note(instant(note.path("lastUpdateTimeStamp")).orElse(issued),
                    text(note.path("agentReference").path("$ref")).orElse(agentOf(note)),
                    unhtml(text(note.path("notesActionComments")).orElse(""))));
        }
        notes.sort(Comparator.comparing(ImportedNote::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<ImportedNote> kept = notes.stream().limit(MAX_NOTES)
                .map(n -> n.at() == null ? new ImportedNote(issued, n.author(), n.text()) : n).toList();

        Located located = located(eido);
        Mapped mapped = priority(eido);
        return new IncidentImport(clean(agency, 200), agent == null ? null : clean(agent, 200),
                references.stream().limit(MAX_REFERENCES).map(r -> clean(r, 300)).toList(), located.point(),
                located.place(), mapped.priority(), mapped.why(), kept);
    }

    /** When the sender's first call entered its queue, if it says. */
    public static Optional<Instant> firstCallStart(JsonNode eido) {
        List<Instant> starts = new ArrayList<>();
        eido.path("callComponent").forEach(call -> instant(call.path("callStartTimestamp")).ifPresent(starts::add));
        return starts.stream().min(Comparator.naturalOrder());
    }

    private record Located(GeoPoint point, String place) {
    }

    private record Mapped(int priority, String why) {
    }

    private static Mapped priority(JsonNode eido) {
        JsonNode number = eido.path("incidentComponent").path("incidentCommonPriorityNumber");
        if (number.isIntegralNumber() && number.asInt() >= 1) {
            int p = Math.min(4, number.asInt());
            return new Mapped(p, "incidentCommonPriorityNumber " + number.asInt() + " read as priority " + p
                    + " (1 life-threatening to 4; the sender's scale is taken as this centre's, above 4 as 4)");
        }
        Integer best = null;
        String said = null;
        for (JsonNode call : eido.path("callComponent")) {
            Optional<String> identifier = text(call.path("priorityIdentifier"));
            if (identifier.isPresent()) {
                int p = switch (identifier.get()) {
                    case "highest" -> 1;
                    case "high" -> 2;
                    case "normal" -> 3;
                    default -> 4;
                };
                if (best == null || p < best) {
                    best = p;
                    said = identifier.get();
                }
            }
        }
        if (best != null) {
            return new Mapped(best, "no incident priority; the call's priorityIdentifier '" + said + "' read as priority "
                    + best + " (highest 1, high 2, normal 3, low and lowest 4)");
        }
        return new Mapped(2, "no priority in the document: priority 2 (urgent) until a call-taker here assesses it");
    }

    private static Located located(JsonNode eido) {
        List<JsonNode> locations = new ArrayList<>();
        eido.path("locationComponent").forEach(locations::add);
        // the incident's place first, then the caller's, then any other
        locations.sort(Comparator.comparingInt(l -> switch (text(l.path("locationTypeDescriptionRegistryText")).orElse("")) {
            case "Incident" -> 0;
            case "Caller" -> 1;
            default -> 2;
        }));
        GeoPoint point = null;
        String place = null;
        for (JsonNode location : locations) {
            String value = text(location.path("locationByValue")).orElse("");
            if (point == null) {
                point = pointIn(value);
            }
            if (place == null) {
                place = text(location.path("locationDescriptionText")).map(t -> clean(t, 300)).orElse(civic(value));
            }
        }
        return new Located(point, place);
    }

    private static GeoPoint pointIn(String pidf) {
        Matcher m = GML_POS.matcher(pidf);
        Matcher geo = GEO_URI.matcher(pidf.strip());
        Matcher found = m.find() ? m : geo.find() ? geo : null;
        if (found == null) {
            return null;
        }
        double lat = Double.parseDouble(found.group(1));
        double lon = Double.parseDouble(found.group(2));
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 ? new GeoPoint(lat, lon) : null;
    }

    /** RFC 5139 civic address elements in words: house number, street, town, region, country. */
    private static String civic(String pidf) {
        Matcher civic = CIVIC.matcher(pidf);
        if (!civic.find()) {
            return null;
        }
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        Matcher element = ELEMENT.matcher(civic.group(1));
        while (element.find()) {
            parts.putIfAbsent(element.group(1), element.group(2).strip());
        }
        List<String> street = new ArrayList<>();
        for (String key : List.of("HNO", "HNS", "PRD", "RD", "STS", "POD")) {
            if (parts.containsKey(key) && !parts.get(key).isEmpty()) {
                street.add(parts.get(key));
            }
        }
        List<String> all = new ArrayList<>();
        if (!street.isEmpty()) {
            all.add(String.join(" ", street));
        }
        for (String key : List.of("A6", "A3", "A2", "A1", "PC", "country")) {
            if (parts.containsKey(key) && !parts.get(key).isEmpty() && !(key.equals("A6") && street.contains(parts.get(key)))) {
                all.add(parts.get(key));
            }
        }
        return all.isEmpty() ? null : clean(String.join(", ", all), 300);
    }

    private static Optional<String> callback(JsonNode eido, JsonNode call) {
        Optional<String> wanted = text(call.path("callBackReference").path("$ref"));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode back : eido.path("callbackComponent")) {
            if (wanted.get().equals(back.path("$id").asText())) {
                List<String> uris = new ArrayList<>();
                back.path("callBackInformationUri").forEach(u -> uris.add(u.asText()));
                return uris.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", uris));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> owningAgency(JsonNode eido) {
        for (JsonNode agency : eido.path("agencyComponent")) {
            if (agency.path("incidentOwningAgencyIndicator").asBoolean(false)) {
                return text(agency.path("$id"));
            }
        }
        return text(eido.path("agencyComponent").path(0).path("$id"));
    }

    private static String agentOf(JsonNode component) {
        return text(component.path("updatedByAgentReference").path("$ref")).orElse(null);
    }

    private static ImportedNote note(Instant at, String author, String text) {
        return new ImportedNote(at, author == null ? null : clean(author, 200), clean(text, MAX_TEXT));
    }

    private static Optional<Instant> instant(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(node.asText()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** NENA's notes are HTML: the text without its markup, the common entities read back. */
    private static String unhtml(String html) {
        return TAG.matcher(html).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** One line of plain text: control, bidirectional and invisible characters as spaces, at most {@code max}. */
    static String clean(String text, int max) {
        String plain = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").replaceAll(" {2,}", " ").strip();
        return plain.length() > max ? plain.substring(0, max - 1) + "…" : plain;
    }
}
