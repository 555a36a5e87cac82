package se.larmcentral.web.crisis;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.centre.contract.ContractViews;
import se.larmcentral.centre.contract.RecordExtension;
import se.larmcentral.centre.contract.RecordHandOverFetched;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.crisis.contract.Extension;
import se.larmcentral.eido.ContractHandOver;
import se.larmcentral.eido.EidoExchange;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * The regional ambulance-care contract over HTTP: its terms, days left, reminder and hand-over for the supervisor,
 * the recording of an extension (who recorded it is in the journal and the audit), and the EIDO documents of the
 * incidents handed over at its end, for the receiving party.
 */
public final class ContractRoutes implements RouteGroup {

    private static final String TAG = "crisis";

    /** An extension as decided: dates as yyyy-mm-dd. */
    public record ExtensionRequest(String newEnd, String decidedOn, String reason) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final Clock clock;
    private final EidoExchange eido;

    public ContractRoutes(CommandGateway gateway, JsonBody body, Clock clock, EidoExchange eido) {
        this.gateway = gateway;
        this.body = body;
        this.clock = clock;
        this.eido = eido;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/crisis/contract").access(Access.roles(DISPATCHER, SUPERVISOR, ADMINISTRATOR))
                        .tag(TAG).summary("The regional ambulance-care contracts: terms, end instant, days left, the"
                                + " reminder due, the incidents handed over at the end")
                        .response(ContractViews.ContractsView.class)
                        .handle(ctx -> ctx.json(gateway.read(s -> ContractViews.all(s, clock.instant())))),
                Route.post("/api/crisis/contract/{countyCode}/extensions").access(Access.roles(SUPERVISOR, ADMINISTRATOR))
                        .tag(TAG).summary("Record an extension of the county's contract (decided elsewhere); it may"
                                + " not shorten the contract, nor extend an ended one")
                        .request(ExtensionRequest.class).response(ContractViews.ContractStatus.class)
                        .handle(this::extend),
                Route.get("/api/crisis/contract/{countyCode}/hand-over").access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("The EIDO documents (NENA-STA-021.1) of the incidents handed over at the end of the"
                                + " county's contract, to give the receiving party: each checked against NENA's schema,"
                                + " naming the receiver and the end in its notes; empty before the end. Each fetch"
                                + " of documents is recorded in the audit (subject contract)")
                        .response(ContractHandOver.class).handle(this::handOver));
    }

    private void handOver(Context ctx) {
        String county = ctx.pathParam("countyCode");
        String by = gateway.actorOf(ctx).id();
        Instant now = clock.instant();
        // made under the read lock, checked after it
        ContractHandOver handOver = gateway.read(state -> ContractHandOver.of(eido, state, county, by, now)).checked(eido);
        // who took the documents out of the centre, and which (audited); only once they are checked and given
        gateway.execute(ctx, new RecordHandOverFetched(county, handOver.receiver().name(), handOver.documents().stream()
                .map(document -> document.at("/incidentComponent/internalIncidentId").asText()).toList()));
        ctx.json(handOver);
    }

    private void extend(Context ctx) {
        String county = ctx.pathParam("countyCode");
        ExtensionRequest request = body.read(ctx, ExtensionRequest.class);
        Extension extension = new Extension(date("newEnd", request.newEnd()), date("decidedOn", request.decidedOn()),
                request.reason());
        gateway.execute(ctx, new RecordExtension(county, extension));
        ctx.status(HttpStatus.CREATED).json(gateway.read(s -> ContractViews.status(s.contracts(),
                s.contracts().contract(county).orElseThrow(() -> new NotFoundException("countyCode", county)),
                clock.instant())));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "a date (yyyy-mm-dd) is required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }
}
