package se.larmcentral.web.warnings;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.warnings.CancelWarningFor11313;
import se.larmcentral.centre.warnings.PublishWarningFor11313;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.crisis.cap.CapFeed;
import se.larmcentral.crisis.cap.CapReader;
import se.larmcentral.crisis.cap.CapSchema;
import se.larmcentral.crisis.cap.CapWriter;
import se.larmcentral.crisis.warning.ApproveWarning;
import se.larmcentral.crisis.warning.CapMessage;
import se.larmcentral.crisis.warning.DraftWarning;
import se.larmcentral.centre.warnings.DraftWarningInRegion;
import se.larmcentral.crisis.warning.ImportWarning;
import se.larmcentral.crisis.warning.PublicWarning;
import se.larmcentral.crisis.warning.PublicWarnings;
import se.larmcentral.web.BoundedBody;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static se.larmcentral.centre.accounts.Role.CALL_TAKER;
import static se.larmcentral.centre.accounts.Role.SUPERVISOR;

/**
 * Public warnings (VMA) and 113 13 information as CAP 1.2 (tag {@code warnings}): supervisors draft, approve (another
 * supervisor: the two-person rule), publish, update and cancel; call-takers and supervisors read them and the CAP
 * messages imported from other authorities. The public feed and each published CAP message need no login: they are
 * what broadcasters and other authorities fetch, and hold only what is already public.
 */
public final class WarningRoutes implements RouteGroup {

    static final String TAG = "warnings";
    private static final String XML_SUFFIX = ".xml";

    /** The messages listed, newest drafted first. */
    public record Warnings(List<PublicWarning> warnings) {
    }

    /** What a call-taker reads to a caller from a municipality at {@code at}. */
    public record Current(Instant at, String municipality, List<PublicWarning> warnings) {
    }

    /** The CAP messages imported from other authorities, newest first. */
    public record Imported(List<PublicWarnings.Imported> imported) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final BoundedBody raw;
    private final Clock clock;
    private final CapReader reader;
    private final String sender;
    private final CapWriter writer = new CapWriter();

    /**
     * @param sender    the CAP sender of the centre's messages (setting {@code warnings.capSender})
     * @param capSchema the CAP 1.2 schema imported messages are also checked against, or null (setting
     *                  {@code warnings.capSchema})
     */
    public WarningRoutes(CommandGateway gateway, JsonBody body, long maxRequestBytes, Clock clock, String sender,
                         CapSchema capSchema) {
        this.sender = sender;
        this.reader = new CapReader(capSchema, CapReader.DEFAULT_MAX_BYTES);
        this.gateway = gateway;
        this.body = body;
        this.raw = new BoundedBody(Math.min(maxRequestBytes, CapReader.DEFAULT_MAX_BYTES));
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/warnings").access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("Draft a VMA or 113 13 message (201); with `references`, an update of that published"
                                + " message. Nothing is public until another supervisor approves it and it is published")
                        .request(WarningRequests.Draft.class).response(PublicWarning.class).handle(ctx -> {
                            WarningRequests.Draft r = body.read(ctx, WarningRequests.Draft.class);
                            PublicWarning drafted = gateway.execute(ctx, new DraftWarningInRegion(new DraftWarning(
                                    newIdentifier(), sender, r.references(), r.content(clock.instant()), person(ctx))));
                            ctx.status(HttpStatus.CREATED).json(drafted);
                        }),
                Route.post("/api/warnings/{identifier}/approve").access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("Approve a draft; refused (409) for the supervisor who drafted it (two-person rule)")
                        .response(PublicWarning.class).handle(ctx -> ctx.json(gateway.execute(ctx,
                                new ApproveWarning(ctx.pathParam("identifier"), person(ctx)).on(CentreState::warnings)))),
                Route.post("/api/warnings/{identifier}/publish").access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("Publish an approved message: it enters the public CAP feed; an update replaces the"
                                + " message it references; 113 13 information becomes the crisis message call-takers read"
                                + " (GET /api/crisis-messages) under the same id")
                        .response(PublicWarning.class).handle(ctx -> ctx.json(gateway.execute(ctx,
                                new PublishWarningFor11313(ctx.pathParam("identifier"), person(ctx))))),
                Route.post("/api/warnings/{identifier}/cancel").access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("Cancel a message {reason}: a published one by a CAP Cancel message, a draft is dropped")
                        .request(WarningRequests.Cancel.class).response(PublicWarning.class).handle(ctx -> {
                            String reason = body.read(ctx, WarningRequests.Cancel.class).reason();
                            ctx.json(gateway.execute(ctx, new CancelWarningFor11313(ctx.pathParam("identifier"),
                                    newIdentifier(), reason, person(ctx))));
                        }),
                Route.post("/api/warnings/imported").access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("Import another authority's CAP 1.2 message (XML body, at most 256 KiB) to show it (201;"
                                + " the same again 200); DOCTYPEs, other namespaces and invalid CAP are refused (400), every"
                                + " problem with its line, nothing kept")
                        .response(ImportWarning.Result.class).handle(ctx -> {
                            ImportWarning.Result result = gateway.execute(ctx, new ImportWarning(reader.read(raw.read(ctx)),
                                    person(ctx)).on(CentreState::warnings));
                            ctx.status(result.recorded() ? HttpStatus.CREATED : HttpStatus.OK).json(result);
                        }),
                Route.get("/api/warnings").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Every message with its stage and who drafted, approved, published, updated and"
                                + " cancelled it, newest first")
                        .response(Warnings.class).handle(ctx -> ctx.json(new Warnings(gateway.read(s -> s.warnings().all())))),
                Route.get("/api/warnings/current").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("The published messages current now (for a municipality when given): the 113 13"
                                + " information a call-taker reads to callers, and VMAs in force")
                        .query("municipality", "SCB municipality code, 4 digits")
                        .response(Current.class).handle(ctx -> {
                            Instant now = clock.instant();
                            String code = ctx.queryParam("municipality");
                            if (code != null && !code.matches("\\d{4}")) {
                                throw new InvalidInputException("municipality", "must be an SCB municipality code (4"
                                        + " digits), was '" + code + "'");
                            }
                            ctx.json(new Current(now, code, gateway.read(s -> code == null ? s.warnings().current(now)
                                    : s.warnings().currentFor(code, now))));
                        }),
                Route.get("/api/warnings/imported").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("CAP messages imported from other authorities (read-only), newest first")
                        .response(Imported.class).handle(ctx -> ctx.json(new Imported(gateway.read(s -> s.warnings().imported())))),
                Route.get("/api/public/cap/feed.atom").access(Access.PUBLIC).tag(TAG).produces("application/atom+xml")
                        .summary("No login: the Atom feed of current public messages (and the Cancel of each withdrawn"
                                + " early), each entry linking to its CAP XML")
                        .handle(ctx -> {
                            Instant now = clock.instant();
                            List<CapMessage> feed = gateway.read(s -> s.warnings().feed(now));
                            ctx.contentType("application/atom+xml; charset=utf-8").result(new CapFeed().write(sender,
                                    feed, now, id -> id + XML_SUFFIX));
                        }),
                Route.get("/api/public/cap/{file}").access(Access.PUBLIC).tag(TAG).produces(CapFeed.CAP_TYPE)
                        .summary("No login: one published CAP 1.2 message as XML, `{identifier}.xml` (a Cancel message"
                                + " too); drafts and approved messages are not found")
                        .handle(this::capXml));
    }

    private void capXml(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(XML_SUFFIX)) {
            throw new NotFoundException("identifier", "ask for {identifier}.xml, was '" + file + "'");
        }
        String identifier = file.substring(0, file.length() - XML_SUFFIX.length());
        CapMessage message = gateway.read(s -> s.warnings().capMessage(identifier)).orElseThrow(() ->
                new NotFoundException("identifier", "no published CAP message '" + identifier + "'"));
        ctx.contentType(CapFeed.CAP_TYPE + "; charset=utf-8").result(writer.write(message));
    }

    private String person(Context ctx) {
        return gateway.actorOf(ctx).id();
    }

    private static String newIdentifier() {
        return "SE-LARM-" + UUID.randomUUID();
    }
}
