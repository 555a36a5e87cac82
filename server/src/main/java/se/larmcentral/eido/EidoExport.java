package se.larmcentral.eido;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.CallTransition;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.exchange.ExchangeEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.IncidentUnit;
import se.larmcentral.dispatch.Milestone;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.triage.Assessment;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One incident as an EIDO: its call(s) with the caller's number and position, the assessment (priority, index
 * chapter and criterion), the incident's position, the units that went with their times, and its history as notes.
 * Ids are URNs: {@code urn:emergency:uid:incidentid:ID:AGENCY} and {@code urn:emergency:uid:callid:ID:AGENCY} as
 * NENA's sample has them, {@code urn:larmcentral:...:ID:AGENCY} for the other components. Times in Swedish local time
 * with their offset.
 */
public final class EidoExport {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(SwedishTime.ZONE);

    /** The internal status word of an incident that left this centre, beside its status here. */
    public static final String HANDED_OVER = "HANDED_OVER";

    private final String agency;

    /** @param agency this centre's agency id (a domain name, as NENA's agencies are named) */
    public EidoExport(String agency) {
        this.agency = agency;
    }

    /** The EIDO of incident {@code incidentId} as {@code state} holds it, issued by {@code exportedBy} at {@code now}. */
    public ObjectNode of(CentreState state, String incidentId, String exportedBy, Instant now) {
        Incident incident = state.dispatch().requireIncident("incidentId", incidentId);
        List<Call> calls = state.calls().calls().stream()
                .filter(c -> c.links().stream().anyMatch(l -> l.kind() == CaseLinkKind.DISPATCH_INCIDENT
                        && l.reference().equals(incidentId)))
                .sorted(Comparator.comparing(Call::queuedAt).thenComparing(Call::id)).toList();
        Set<String> agents = new LinkedHashSet<>();
        agents.add(exportedBy);
        Notes notes = new Notes(incidentId);

        ObjectNode eido = prologue(incidentUrn(incidentId), now, exportedBy);
        eido.put("eidoVersion", EidoSchema.EIDO_VERSION);
        eido.put("issuingElementIdentification", "larmcentral." + agency);

        ArrayNode callComponents = JSON.arrayNode();
        ArrayNode callbacks = JSON.arrayNode();
        ArrayNode locations = JSON.arrayNode();
        ArrayNode persons = JSON.arrayNode();
        String incidentLocation = id("location", incidentId);
        if (incident.position() != null) {
            locations.add(location(incidentLocation, "Incident", incident.position(),
                    incident.times().get(Milestone.QUEUED).orElse(now), exportedBy));
        }
        Optional<Assessment> assessed = Optional.empty();
        for (Call call : calls) {
            String callUrn = "urn:emergency:uid:callid:" + call.id() + ":" + agency;
            ObjectNode component = prologue(callUrn, last(call), exportedBy);
            component.put("queueIdentifier", call.line().label() + "@" + agency);
            component.put("standardPrimaryCallType", "emergency");
            component.put("direction", "incoming");
            component.put("callStartTimestamp", time(call.queuedAt()));
            call.answeredAt().ifPresent(at -> component.put("answerDate", time(at)));
            component.put("callStateRegistryText", callState(call.state()));
            ArrayNode callAgents = component.putArray("agentReference");
            call.transitions().stream().map(CallTransition::operator).filter(o -> o != null && !o.isBlank()).distinct()
                    .forEach(o -> {
                        agents.add(o);
                        callAgents.add(ref(agent(o)));
                    });
            String person = id("person", call.id());
            component.putArray("personReference").add(ref(person));
            ObjectNode caller = prologue(person, call.queuedAt(), exportedBy);
            caller.putArray("personIncidentRoleRegistryText").add("Caller");
            caller.putArray("callIdentifier").add(callUrn);
            if (call.callerNumber() != null) {
                String callback = id("callback", call.id());
                ObjectNode back = prologue(callback, call.queuedAt(), exportedBy);
                back.putArray("callBackInformationUri").add("tel:" + call.callerNumber().e164());
                callbacks.add(back);
                component.set("callBackReference", ref(callback));
                caller.set("callBackReference", ref(callback));
            }
            Optional<GeoPoint> where = call.position().bestPoint();
            if (where.isPresent()) {
                String callerLocation = id("location", call.id());
                Instant at = call.position().corrected() != null ? call.position().corrected().at()
                        : call.position().latestReport().map(r -> r.receivedAt()).orElse(call.queuedAt());
                locations.add(location(callerLocation, "Caller", where.get(), at, exportedBy));
                component.putArray("locationReference").add(ref(callerLocation));
                caller.putArray("locationReference").add(ref(callerLocation));
            }
            persons.add(caller);
            callComponents.add(component);
            for (CallTransition t : call.transitions()) {
                notes.add(t.at(), t.operator(), "Call " + call.id() + " " + t.to().name().toLowerCase().replace('_', ' '));
            }
            Optional<Assessment> assessment = state.triage().assessment(call.id());
            if (assessment.isPresent() && assessment.get().decided()) {
                assessed = assessment;
                Assessment a = assessment.get();
                notes.add(a.history().isEmpty() ? a.startedAt() : last(a), null, "Assessment of call " + call.id()
                        + ": priority " + a.priority() + (a.chapter() == null ? "" : ", index chapter " + a.chapter())
                        + (a.decidedCode() == null ? "" : ", criterion " + a.decidedCode())
                        + (a.overridden() ? " (a nurse's override)" : "") + ", medical index version " + a.indexVersion());
            }
        }

        ObjectNode info = prologue(id("incident", incidentId), now, exportedBy);
        info.put("incidentTypeCommonRegistryText", "Medical");
        assessed.ifPresent(a -> {
            if (a.decidedCode() != null) {
                info.put("incidentTypeInternalCode", a.decidedCode());
            }
            if (a.chapter() != null) {
                info.put("incidentTypeInternalText", "index chapter " + a.chapter());
            }
        });
        info.putArray("incidentStatusInternalText").add(incident.status().name());
        info.putArray("incidentStatusCommonRegistryText").add(incidentStatus(incident));
        info.put("internalIncidentId", incident.id());
        info.put("incidentPriorityInternalText", "priority " + incident.priority() + " of 1-4 (1 life-threatening), "
                + incident.neededType().name().toLowerCase().replace('_', ' ') + " needed");
        info.put("incidentCommonPriorityNumber", incident.priority());
        if (incident.position() != null) {
            info.putArray("locationReference").add(ref(incidentLocation));
        }
        ArrayNode personRefs = info.putArray("personReference");
        persons.forEach(p -> personRefs.add(ref(p.get("$id").asText())));

        incident.times().asMap().forEach((milestone, at) -> notes.add(at, null, "Incident "
                + milestone.name().toLowerCase().replace('_', ' ')));

        ArrayNode resources = JSON.arrayNode();
        ArrayNode dispatches = JSON.arrayNode();
        for (IncidentUnit went : incident.units()) {
            Optional<Unit> unit = state.dispatch().unit(went.unitId());
            String resource = id("unit", went.unitId() + "." + incidentId);
            ObjectNode r = prologue(resource, lastOf(went), exportedBy);
            r.putArray("agentReference");
            r.put("emergencyResourceTypeCommonRegistryText", "Ambulance");
            unit.ifPresent(u -> r.put("emergencyResourceTypeInternalText", u.type().name()));
            r.putArray("resourceAttributeRegistryText");
            r.put("emergencyResourceName", unit.map(Unit::callSign).orElse(went.unitId()));
            UnitStatus latest = went.reached().keySet().stream().reduce((a, b) -> b).orElse(UnitStatus.ALERTED);
            r.put("primaryUnitStatusRegistryText", unitStatus(went.leftAt() != null ? UnitStatus.CLEAR : latest));
            r.putArray("secondaryUnitStatusRegistryText");
            ArrayNode internal = r.putArray("unitStatusInternal");
            went.reached().forEach((status, at) -> internal.add(status.name() + " " + time(at)));
            if (went.leftAt() != null) {
                internal.add("LEFT " + time(went.leftAt()) + (went.leftBecause() == null ? "" : ": " + went.leftBecause()));
            }
            r.put("activeOnIncidentId", incidentUrn(incidentId));
            resources.add(r);
            ObjectNode d = prologue(id("dispatch", went.unitId() + "." + incidentId), went.alertedAt(), exportedBy);
            d.set("agencyReference", ref(agency));
            d.putArray("emergencyResourceReference").add(ref(resource));
            dispatches.add(d);
            went.reached().forEach((status, at) -> notes.add(at, null, "Unit " + r.get("emergencyResourceName").asText()
                    + " " + status.name().toLowerCase().replace('_', ' ')));
            if (went.destinationId() != null) {
                notes.add(lastOf(went), null, "Unit " + r.get("emergencyResourceName").asText() + " takes the patient to "
                        + state.dispatch().hospital(went.destinationId()).map(h -> h.name()).orElse(went.destinationId()));
            }
            if (went.leftAt() != null) {
                notes.add(went.leftAt(), null, "Unit " + r.get("emergencyResourceName").asText() + " left the incident"
                        + (went.leftBecause() == null ? "" : ": " + went.leftBecause()));
            }
        }
        ArrayNode links = JSON.arrayNode();
        state.exchanges().of(incidentId).ifPresent(exchange -> {
            ExchangeEvent.IncidentImported in = exchange.imported();
            if (in != null) {
                notes.add(in.at(), exchange.importedBy(), "Imported from " + in.fromAgency() + "; priority "
                        + in.priority() + ": " + in.priorityMapping() + (in.place() == null ? "" : "; place: " + in.place()));
                in.notes().forEach(n -> notes.add(n.at() == null ? in.at() : n.at(), null, "[" + in.fromAgency()
                        + (n.author() == null ? "" : ", " + n.author()) + "] " + n.text()));
                if (!in.references().isEmpty()) {
                    ObjectNode link = prologue(id("link", incidentId), in.at(), exchange.importedBy());
                    link.put("incidentTrackingIdentifier", in.references().getFirst());
                    link.put("transactionReasonText", "received from " + in.fromAgency());
                    link.put("linkDirectionCode", "RELATED");
                    links.add(link);
                }
            }
            ExchangeEvent.IncidentHandedOver over = exchange.handedOver();
            if (over != null) {
                notes.add(over.at(), exchange.handedOverBy(), "Handed over to " + over.toCentre() + ": " + over.reason());
            }
        });
        // the contract's end hands the open incidents over too (contract.IncidentHandedOver): said the same way
        state.contracts().handOver(incidentId).ifPresent(over -> notes.add(over.at(), null, "Handed over to "
                + over.receiver().name() + " (" + over.receiver().contact() + ") at the end of the regional ambulance-care"
                + " contract for " + state.contracts().contract(over.countyCode()).map(c -> c.region().text()).orElse(over.countyCode())
                + ", which ended " + state.contracts().contract(over.countyCode()).filter(c -> c.endsAt().equals(over.endsAt()))
                        .map(c -> c.endText()).orElse(SwedishTime.text(over.endsAt()))));
        if (handedOver(state, incidentId)) {
            info.withArray("incidentStatusInternalText").add(HANDED_OVER);
        }
        set(eido, "linkComponent", links);
        ArrayNode noteComponents = notes.components(exportedBy, agents);
        ArrayNode noteRefs = info.putArray("notesReference");
        noteComponents.forEach(n -> noteRefs.add(ref(n.get("$id").asText())));
        ArrayNode agentRefs = info.putArray("agentReference");
        agents.forEach(a -> agentRefs.add(ref(agent(a))));

        eido.set("incidentComponent", info);
        set(eido, "callComponent", callComponents);
        set(eido, "callbackComponent", callbacks);
        set(eido, "dispatchComponent", dispatches);
        set(eido, "notesComponent", noteComponents);
        set(eido, "emergencyResourceComponent", resources);
        ObjectNode ours = prologue(agency, now, exportedBy);
        ours.remove("updatedByAgentReference");
        ours.putArray("agencyRoleDescriptionRegistryText").add("CallReceiving").add("Dispatch");
        ours.putArray("agencyType").add("ems");
        ours.put("incidentOwningAgencyIndicator", true);
        eido.putArray("agencyComponent").add(ours);
        ArrayNode agentComponents = eido.putArray("agentComponent");
        for (String a : agents) {
            ObjectNode component = prologue(agent(a), now, exportedBy);
            component.putArray("agentRoleRegistryText").add(a.equals(exportedBy) ? "Dispatching" : "Call Taking");
            component.set("agencyReference", ref(agency));
            agentComponents.add(component);
        }
        set(eido, "locationComponent", locations);
        set(eido, "personComponent", persons);
        eido.putObject("@context").put("@vocab", "./JSON-LD_Contexts/EmergencyIncidentDataObjectType.jsonld");
        return eido;
    }

    /** The incident's id in EIDO terms, as NENA's sample forms it. */
    public String incidentUrn(String incidentId) {
        return "urn:emergency:uid:incidentid:" + incidentId + ":" + agency;
    }

    private String id(String kind, String local) {
        return "urn:larmcentral:" + kind + ":" + local + ":" + agency;
    }

    private String agent(String account) {
        return account.contains("@") ? account : account + "@" + agency;
    }

    private ObjectNode prologue(String id, Instant updated, String by) {
        ObjectNode node = JSON.objectNode();
        node.put("$id", id);
        node.put("lastUpdateTimeStamp", time(updated));
        node.set("updatedByAgencyReference", ref(agency));
        node.set("updatedByAgentReference", ref(agent(by)));
        return node;
    }

    private static ObjectNode ref(String id) {
        return JSON.objectNode().put("$ref", id);
    }

    private static void set(ObjectNode eido, String field, ArrayNode values) {
        if (!values.isEmpty()) {
            eido.set(field, values);
        }
    }

    private ObjectNode location(String id, String type, GeoPoint point, Instant at, String by) {
        ObjectNode node = prologue(id, at, by);
        node.put("locationTypeDescriptionRegistryText", type);
        node.put("locationByValue", Pidf.point(id, point, at));
        node.put("locationDescriptionText", String.format(java.util.Locale.ROOT, "%.6f, %.6f (WGS 84)", point.lat(), point.lon()));
        return node;
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    private static Instant last(Call call) {
        return call.transitions().getLast().at();
    }

    private static Instant last(Assessment a) {
        return a.history().getLast().at();
    }

    private static Instant lastOf(IncidentUnit went) {
        Instant latest = went.alertedAt();
        for (Instant at : went.reached().values()) {
            latest = at.isAfter(latest) ? at : latest;
        }
        return went.leftAt() != null && went.leftAt().isAfter(latest) ? went.leftAt() : latest;
    }

    /** Whether the incident left this centre: passed to a neighbour, or handed over at the contract's end. */
    static boolean handedOver(CentreState state, String incidentId) {
        return state.contracts().handedOver(incidentId)
                || state.exchanges().of(incidentId).map(e -> e.handedOver() != null).orElse(false);
    }

    private static String callState(CallState state) {
        return switch (state) {
            case QUEUED -> "callQueued";
            case ANSWERED, CLASSIFIED -> "callAnswered";
            case HANDLED, CLOSED -> "callEnded";
            case ABANDONED -> "callAbandoned";
        };
    }

    private static String incidentStatus(Incident incident) {
        return switch (incident.status()) {
            case QUEUED -> "Pending";
            case ASSIGNED -> "Dispatched";
            case CLOSED -> "Closed";
            case CANCELLED -> "Cancelled";
        };
    }

    private static String unitStatus(UnitStatus status) {
        return switch (status) {
            case ALERTED -> "Dispatched";
            case ACKNOWLEDGED -> "Acknowledged";
            case EN_ROUTE -> "Enroute";
            case ON_SCENE -> "OnScene";
            case TRANSPORT -> "Transporting";
            case AT_HOSPITAL -> "AtHospital";
            case CLEAR, AVAILABLE_AT_STATION, AVAILABLE_MOBILE -> "Available";
            case TEMPORARILY_UNAVAILABLE, OUT_OF_SERVICE -> "OutOfService";
        };
    }

    /** The history as EIDO notes, oldest first: one note per step, with who did it when known. */
    private final class Notes {
        private record Entry(Instant at, String who, String text) {
        }

        private final String incidentId;
        private final List<Entry> entries = new ArrayList<>();

        Notes(String incidentId) {
            this.incidentId = incidentId;
        }

        void add(Instant at, String who, String text) {
            entries.add(new Entry(at, who == null || who.isBlank() ? null : who, text));
        }

        ArrayNode components(String exportedBy, Set<String> agents) {
            entries.sort(Comparator.comparing(Entry::at));
            ArrayNode all = JSON.arrayNode();
            int n = 0;
            for (Entry e : entries) {
                ObjectNode note = prologue(id("note", incidentId + "." + (++n)), e.at(), e.who() == null ? exportedBy : e.who());
                note.put("notesActionComments", Pidf.html(SwedishTime.text(e.at()) + ": " + e.text()));
                if (e.who() != null) {
                    agents.add(e.who());
                    note.set("agentReference", ref(agent(e.who())));
                }
                all.add(note);
            }
            return all;
        }
    }
}
