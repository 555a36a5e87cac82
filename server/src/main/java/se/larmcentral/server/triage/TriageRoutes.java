package se.larmcentral.server.triage;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.server.auth.Access;
import se.larmcentral.server.centre.CentreState;
import se.larmcentral.server.http.CommandGateway;
import se.larmcentral.server.http.JsonBody;
import se.larmcentral.server.http.Route;
import se.larmcentral.server.http.RouteGroup;
import se.larmcentral.triage.AnswerQuestions;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Chapter;
import se.larmcentral.triage.ChooseChapter;
import se.larmcentral.triage.ConfirmCriterion;
import se.larmcentral.triage.OverridePriority;
import se.larmcentral.triage.RegionalResponseRules;
import se.larmcentral.triage.Reprioritise;
import se.larmcentral.triage.StartAssessment;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.TriageState;

import java.util.List;
import java.util.Map;

import static se.larmcentral.server.auth.Role.*;

/**
 * Medical priority assessment (vårdprioritering) over HTTP: the loaded index and regional rules to read, and the
 * interview of a case: start, choose a chapter, answer, confirm, override and re-prioritise. Every command answers
 * the case's assessment once its events are durable.
 */
public final class TriageRoutes implements RouteGroup {

    private static final String TAG = "triage";
    private static final String ASSESSMENT = "/api/triage/assessments/{caseId}";

    /** Starts a case's assessment; without a chapter the key questions are asked first. */
    public record StartRequest(String caseId, String chapter) {
    }

    /** A chapter by number ({@code 4}) or id ({@code chest-pain}). */
    public record ChapterRequest(String chapter) {
    }

    /** The caller's answers, question id to yes (true) or no (false). */
    public record AnswersRequest(Map<String, Boolean> answers) {
    }

    /** Decides the priority: the proposal ({@code code} left out) or another matching criterion as urgent. */
    public record ConfirmRequest(String code) {
    }

    /**
     * A nurse's priority instead of the index's, with a reason. The override records the person making it; whether
     * that person is a nurse or physician is not checked until accounts and roles exist.
     */
    public record OverrideRequest(int priority, String reason) {
    }

    /** Moves a decided case to the current proposal ({@code code} left out) or another criterion, with a reason. */
    public record ReprioritiseRequest(String code, String reason) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final TriageConfig config;
    private final IndexOverview overview;

    public TriageRoutes(CommandGateway gateway, JsonBody body, TriageConfig config) {
        this.gateway = gateway;
        this.body = body;
        this.config = config;
        this.overview = IndexOverview.of(config.index());
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/triage/index").access(Access.roles(CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR)).tag(TAG)
                        .summary("The loaded medical index: version, notice, key questions and chapters")
                        .response(IndexOverview.class).handle(ctx -> ctx.json(overview)),
                Route.get("/api/triage/index/chapters/{chapter}").access(Access.roles(CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR)).tag(TAG)
                        .summary("One chapter (by number or id): its criteria, questions and advice")
                        .response(ChapterDetail.class)
                        .handle(ctx -> ctx.json(ChapterDetail.of(config.index(), chapter(ctx.pathParam("chapter"))))),
                Route.get("/api/triage/response-rules").access(Access.roles(CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR)).tag(TAG)
                        .summary("The region's response rules: what each priority means and the default action")
                        .response(RegionalResponseRules.class).handle(ctx -> ctx.json(config.rules())),
                Route.post("/api/triage/assessments").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Start a case's assessment, in a chapter or from the key questions")
                        .request(StartRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            StartRequest start = body.read(ctx, StartRequest.class);
                            AssessmentView view = submit(ctx, new StartAssessment(config, start.caseId(), start.chapter()));
                            ctx.status(HttpStatus.CREATED).json(AssessmentReply.of(config, view));
                        }),
                Route.get(ASSESSMENT).access(Access.roles(CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR)).tag(TAG)
                        .summary("A case's assessment: proposal with why, next questions, priority, response, advice")
                        .response(AssessmentReply.class).handle(ctx -> {
                            String caseId = ctx.pathParam("caseId");
                            ctx.json(AssessmentReply.of(config, gateway.read(s -> s.triage().view(config, caseId))));
                        }),
                Route.post(ASSESSMENT + "/chapter").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Move the interview to a chapter, keeping the answers")
                        .request(ChapterRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            ChapterRequest request = body.read(ctx, ChapterRequest.class);
                            reply(ctx, new ChooseChapter(config, ctx.pathParam("caseId"), request.chapter()));
                        }),
                Route.post(ASSESSMENT + "/answers").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Record the caller's answers to asked questions (all or nothing)")
                        .request(AnswersRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            AnswersRequest request = body.read(ctx, AnswersRequest.class);
                            reply(ctx, new AnswerQuestions(config, ctx.pathParam("caseId"), request.answers()));
                        }),
                Route.post(ASSESSMENT + "/confirm").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Decide the priority from the index: the settled proposal, or the criterion named"
                                + " by code (as urgent as every criterion still possible)")
                        .request(ConfirmRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            ConfirmRequest request = body.read(ctx, ConfirmRequest.class);
                            Actor by = gateway.actorOf(ctx);
                            reply(ctx, new ConfirmCriterion(config, ctx.pathParam("caseId"), request.code(), by));
                        }),
                Route.post(ASSESSMENT + "/override").access(Access.roles(NURSE)).tag(TAG)
                        .summary("A nurse sets another priority than the index's, with a reason (the overriding"
                                + " person is recorded; nurses only)")
                        .request(OverrideRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            OverrideRequest request = body.read(ctx, OverrideRequest.class);
                            Actor nurse = gateway.actorOf(ctx);
                            reply(ctx, new OverridePriority(config, ctx.pathParam("caseId"), request.priority(),
                                    request.reason(), nurse));
                        }),
                Route.post(ASSESSMENT + "/reprioritise").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Re-assess a decided case on new answers, with a reason")
                        .request(ReprioritiseRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            ReprioritiseRequest request = body.read(ctx, ReprioritiseRequest.class);
                            Actor by = gateway.actorOf(ctx);
                            reply(ctx, new Reprioritise(config, ctx.pathParam("caseId"), request.code(),
                                    request.reason(), by));
                        }));
    }

    private Chapter chapter(String idOrNumber) {
        return config.index().chapter(idOrNumber).orElseThrow(() -> new NotFoundException("chapter",
                "no chapter '" + idOrNumber + "' in index version " + config.index().version()));
    }

    private void reply(Context ctx, Command<TriageState, AssessmentView> command) {
        ctx.json(AssessmentReply.of(config, submit(ctx, command)));
    }

    private AssessmentView submit(Context ctx, Command<TriageState, AssessmentView> command) {
        Command<CentreState, AssessmentView> onCentre = command.on(CentreState::triage);
        return gateway.execute(ctx, onCentre);
    }
}
