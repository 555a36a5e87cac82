package se.larmcentral.web.calls;

import io.javalin.http.HttpStatus;
import se.larmcentral.calls.CallEvent.CrisisMessagePublished;
import se.larmcentral.calls.CallEvent.CrisisMessageWithdrawn;
import se.larmcentral.calls.CrisisMessage;
import se.larmcentral.calls.CrisisPublication;
import se.larmcentral.calls.CrisisTopicCounts;
import se.larmcentral.calls.PublishCrisisMessage;
import se.larmcentral.calls.WithdrawCrisisMessage;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * 113 13: approved crisis information messages that operators read from (publish, withdraw, those valid now for an
 * area), and the topics callers asked about, counted.
 */
final class CrisisRoutes {

    /** Crisis messages valid at {@code at} (for {@code area} when given). */
    public record CrisisMessages(Instant at, String area, List<CrisisMessage> messages) {
    }

    /** The topics of 113 13 calls classified in {@code [from, to)}, most asked first. */
    public record TopicCounts(Instant from, Instant to, int calls, List<CrisisTopicCounts.TopicCount> topics) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final Clock clock;

    CrisisRoutes(CommandGateway gateway, JsonBody body, Clock clock) {
        this.gateway = gateway;
        this.body = body;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/crisis-messages").access(Access.roles(SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("Publish an approved 113 13 message {messageId, topic, text, areaCodes, validFrom, validTo,"
                                + " approvedBy} (201); the same again records nothing (200); other content, or the id of a withdrawn"
                                + " message, is refused (409)")
                        .request(CallRequests.CrisisMessage.class).response(CrisisMessagePublished.class).handle(ctx -> {
                            CallRequests.CrisisMessage r = body.read(ctx, CallRequests.CrisisMessage.class);
                            CrisisPublication published = gateway.execute(ctx, new PublishCrisisMessage(r.messageId(),
                                    r.topic(), r.text(), r.areaCodes(), SwedishTime.parseInstant("validFrom", r.validFrom()),
                                    SwedishTime.parseInstant("validTo", r.validTo()), r.approvedBy()).on(CentreState::calls));
                            ctx.status(published.recorded() ? HttpStatus.CREATED : HttpStatus.OK).json(published.message());
                        }),
                Route.post("/api/crisis-messages/{messageId}/withdraw").access(Access.roles(SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("Withdraw a crisis message {reason}; it is kept for the record")
                        .request(CallRequests.Withdraw.class).response(CrisisMessageWithdrawn.class).handle(ctx ->
                                ctx.json(gateway.execute(ctx, new WithdrawCrisisMessage(ctx.pathParam("messageId"),
                                        body.read(ctx, CallRequests.Withdraw.class).reason()).on(CentreState::calls)))),
                Route.get("/api/crisis-messages").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("The crisis messages operators may read from: valid at `at` (default now), for an area"
                                + " (SCB county or municipality code) when given")
                        .query("at", "instant with offset; default now").query("area", "SCB code, 2 or 4 digits")
                        .response(CrisisMessages.class).handle(ctx -> {
                            Instant at = ctx.queryParam("at") == null ? clock.instant()
                                    : SwedishTime.parseInstant("at", ctx.queryParam("at"));
                            String area = ctx.queryParam("area");
                            if (area != null && !area.matches("\\d{2}|\\d{4}")) {
                                throw new InvalidInputException("area", "must be an SCB county (2 digits) or municipality"
                                        + " (4 digits) code, was '" + area + "'");
                            }
                            ctx.json(new CrisisMessages(at, area, gateway.read(s -> area == null
                                    ? s.calls().crisisMessagesValidAt(at) : s.calls().crisisMessagesValidAt(at, area))));
                        }),
                Route.get("/api/crisis-topics").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("What 113 13 callers asked about in [from, to) (default: the last 24 hours), counted")
                        .query("from", "instant with offset").query("to", "instant with offset")
                        .response(TopicCounts.class).handle(ctx -> {
                            Instant to = ctx.queryParam("to") == null ? clock.instant()
                                    : SwedishTime.parseInstant("to", ctx.queryParam("to"));
                            Instant from = ctx.queryParam("from") == null ? to.minus(Duration.ofHours(24))
                                    : SwedishTime.parseInstant("from", ctx.queryParam("from"));
                            if (!to.isAfter(from)) {
                                throw new InvalidInputException("to", "must be after from (" + from + "), was " + to);
                            }
                            List<CrisisTopicCounts.TopicCount> topics = CrisisTopicCounts.count(
                                    gateway.read(s -> s.calls().crisisInformationCallsClassifiedIn(from, to)), from, to);
                            ctx.json(new TopicCounts(from, to, topics.stream().mapToInt(CrisisTopicCounts.TopicCount::calls).sum(),
                                    topics));
                        }));
    }
}
