package se.larmcentral.web.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.centre.exchange.ExchangeEvent;
import se.larmcentral.centre.exchange.HandOverIncident;
import se.larmcentral.centre.exchange.ImportIncident;
import se.larmcentral.centre.exchange.ImportedNote;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.eido.EidoExchange;
import se.larmcentral.eido.EidoProblem;
import se.larmcentral.eido.EidoRefusedException;
import se.larmcentral.web.BoundedBody;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Problem;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static se.larmcentral.centre.accounts.Role.DISPATCHER;
import static se.larmcentral.centre.accounts.Role.SUPERVISOR;

/**
 * Incidents exchanged with other centres as NENA EIDO JSON (NENA-STA-021.1): an incident exported, one received
 * from another centre recorded as a new incident here, one passed to a neighbouring centre. A document received that
 * does not meet the schema is refused (400) with every problem named by its JSON path, nothing recorded.
 */
public final class EidoRoutes implements RouteGroup {

    private static final String TAG = "exchange";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(SwedishTime.ZONE);

    private final CommandGateway gateway;
    private final JsonBody json;
    private final BoundedBody body;
    private final EidoExchange eido;
    private final Clock clock;

    public EidoRoutes(CommandGateway gateway, JsonBody json, long maxBytes, EidoExchange eido, Clock clock) {
        this.gateway = gateway;
        this.json = json;
        this.body = new BoundedBody(maxBytes);
        this.eido = eido;
        this.clock = clock;
    }

    /** A refused EIDO: the problem (RFC 9457) with each thing wrong in the document by its JSON path. */
    public record EidoProblems(String type, String title, int status, String detail, String field, List<EidoProblem> problems) {
    }

    /**
     * What an import recorded: the incident here, whether it is in the queue, the priority and how it was mapped, and
     * its history as the other centre sent it (oldest first; {@code notes} counts it).
     */
    public record Imported(String incidentId, boolean dispatched, String fromAgency, List<String> references,
                           int priority, String priorityMapping, String place, int notes, String next,
                           List<ImportedNote> history) {
    }

    /** A dispatcher's hand-over: the centre taking over and why. */
    public record HandOverRequest(String toCentre, String reason) {
    }

    /** What was handed over, and the EIDO to send to the centre taking over. */
    public record HandedOver(ExchangeEvent.IncidentHandedOver handedOver, JsonNode eido) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/incidents/{incidentId}/eido").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("The incident as an EIDO (NENA-STA-021.1 JSON): its calls, caller position, assessment,"
                                + " units with their times and its history as notes; checked against NENA's schema")
                        .handle(ctx -> {
                            String id = ctx.pathParam("incidentId");
                            String by = gateway.actorOf(ctx).id();
                            Instant now = clock.instant();
                            // made under the read lock, checked after it
                            ctx.json(eido.checked(gateway.read(state -> eido.unchecked(state, id, by, now))));
                        }),
                Route.post("/api/incidents/eido").access(Access.roles(DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("Record an EIDO from another centre as a new incident here (Content-Type application/json):"
                                + " with a point it enters the queue; refused with every problem named when it does not"
                                + " meet NENA's schema")
                        .response(Imported.class).handle(this::receive),
                Route.post("/api/incidents/{incidentId}/hand-over").access(Access.roles(DISPATCHER)).tag(TAG)
                        .summary("Pass an open incident to a neighbouring centre: its EIDO is made and checked, the"
                                + " hand-over recorded and the incident cancelled here with the reason")
                        .request(HandOverRequest.class).response(HandedOver.class).handle(this::handOver));
    }

    private void receive(Context ctx) {
        String mediaType = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new InvalidInputException("Content-Type", "must be application/json (an EIDO document), was '"
                    + ctx.contentType() + "'");
        }
        EidoExchange.Received received;
        try {
            received = eido.receive(body.read(ctx));
        } catch (EidoRefusedException e) {
            refuse(ctx, e);
            return;
        }
        Instant now = clock.instant();
        String id = "EIDO-" + ID_TIME.format(now) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        ExchangeEvent.IncidentImported imported = gateway.execute(ctx, new ImportIncident(id, received.incident(),
                received.firstCallStart()));
        ctx.status(HttpStatus.CREATED).json(new Imported(imported.incidentId(), imported.dispatched(),
                imported.fromAgency(), imported.references(), imported.priority(), imported.priorityMapping(),
                imported.place(), imported.notes().size(), imported.dispatched()
                ? "in the pending queue: see /api/dispatch/incidents/" + imported.incidentId()
                : "no point in the document" + (imported.place() == null ? "" : " (the place: " + imported.place() + ")")
                + ": recorded, not queued; when its position is known, POST /api/dispatch/incidents with incidentId "
                + imported.incidentId() + " and the position", imported.notes()));
    }

    private void handOver(Context ctx) {
        String id = ctx.pathParam("incidentId");
        HandOverRequest request = json.read(ctx, HandOverRequest.class);
        String by = gateway.actorOf(ctx).id();
        Instant now = clock.instant();
        JsonNode document = eido.checked(gateway.read(state -> eido.unchecked(state, id, by, now)));
        ExchangeEvent.IncidentHandedOver over = gateway.execute(ctx, new HandOverIncident(id, request.toCentre(),
                request.reason(), eido.incidentUrn(id)));
        ctx.json(new HandedOver(over, document));
    }

    private static void refuse(Context ctx, EidoRefusedException e) {
        int n = e.problems().size();
        ctx.status(HttpStatus.BAD_REQUEST).json(new EidoProblems("about:blank", "Invalid EIDO document", 400,
                "the EIDO document was refused (" + n + (n == 1 ? " problem" : " problems") + ", nothing recorded): "
                        + e.getMessage(), "body", e.problems()));
        ctx.contentType(Problem.CONTENT_TYPE);
    }
}
