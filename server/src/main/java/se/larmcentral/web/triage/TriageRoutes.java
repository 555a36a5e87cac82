package se.larmcentral.web.triage;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.triage.AnswerQuestions;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Chapter;
import se.larmcentral.triage.ChooseChapter;
import se.larmcentral.triage.ConfirmCriterion;
import se.larmcentral.triage.OverridePriority;
import se.larmcentral.triage.RegionalResponseRules;
import se.larmcentral.triage.Reprioritise;
import se.larmcentral.triage.StartAssessment;
import se.larmcentral.triage.IndexProblem;
import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.PublishIndex;
import se.larmcentral.triage.PublishResponseRules;
import se.larmcentral.triage.PublishedVersion;
import se.larmcentral.triage.TriageDocuments;
import se.larmcentral.triage.TriageState;
import se.larmcentral.triage.TriageVersions;

import java.util.List;
import java.util.Map;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * Medical priority assessment (vårdprioritering) over HTTP: the current index and regional rules to read, new
 * versions of them published by the medical director (validated first; every version kept, so an assessment goes on
 * with the versions it started with), and the interview of a case: start, choose a chapter, answer, confirm,
 * override and re-prioritise. Every command answers once its events are durable.
 */
public final class TriageRoutes implements RouteGroup {

    private static final String TAG = "triage";
    private static final String ASSESSMENT = "/api/triage/assessments/{caseId}";
    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("sv", "en");
    private static final String LANG = "the reader's language for the index's texts, sv or en (default sv); the"
            + " answer's language says which it got (the index's first when it lacks the one asked for)";

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

    /** A nurse's priority instead of the index's, with a reason; the overriding nurse is recorded. */
    public record OverrideRequest(int priority, String reason) {
    }

    /** Moves a decided case to the current proposal ({@code code} left out) or another criterion, with a reason. */
    public record ReprioritiseRequest(String code, String reason) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final YamlBody yaml;

    /** @param maxRequestBytes the size limit of a published document, as of every request body */
    public TriageRoutes(CommandGateway gateway, JsonBody body, long maxRequestBytes) {
        this.gateway = gateway;
        this.body = body;
        this.yaml = new YamlBody(maxRequestBytes);
    }

    @Override
    public List<Route> routes() {
        Access readers = Access.roles(CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR, MEDICAL_DIRECTOR);
        Access versionReaders = Access.roles(SUPERVISOR, MEDICAL_DIRECTOR);
        Access publisher = Access.roles(MEDICAL_DIRECTOR);
        return List.of(
                Route.get("/api/triage/index").access(readers).tag(TAG)
                        .summary("The current medical index (the one new assessments use): version, notice, key"
                                + " questions and chapters")
                        .response(IndexOverview.class)
                        .query("lang", LANG)
                        .handle(ctx -> ctx.json(IndexOverview.of(versions().current().index(), language(ctx)))),
                Route.post("/api/triage/index").access(publisher).tag(TAG)
                        .summary("Publish a new version of the medical index: the YAML document as the body"
                                + " (application/yaml, format larmcentral-medical-index/1). Validated first (400 with"
                                + " every problem, line and column); the version must be new and newer than the"
                                + " current one (409). New assessments use it; running ones keep their version")
                        .response(PublishedVersion.class).handle(this::publishIndex),
                Route.get("/api/triage/index/versions").access(versionReaders).tag(TAG)
                        .summary("Every index version the centre knows, oldest first, with who published it and when")
                        .response(VersionList.class).handle(ctx -> {
                            TriageVersions versions = versions();
                            ctx.json(VersionList.of(versions.current().index().version(), versions.indexVersions()));
                        }),
                Route.get("/api/triage/index/chapters/{chapter}").access(readers).tag(TAG)
                        .summary("One chapter (by number or id): its criteria, questions and advice, in the current"
                                + " index or the version asked for")
                        .query("version", "an index version (an assessment's indexVersion); default the current one")
                        .query("lang", LANG)
                        .response(ChapterDetail.class).handle(ctx -> {
                            MedicalIndex index = index(ctx.queryParam("version"));
                            String language = language(ctx);
                            ctx.json(ChapterDetail.of(index, chapter(index, ctx.pathParam("chapter")), language));
                        }),
                Route.get("/api/triage/response-rules").access(readers).tag(TAG)
                        .summary("The region's current response rules: what each priority means and the default action")
                        .query("lang", LANG)
                        .response(RegionalResponseRules.class)
                        .handle(ctx -> ctx.json(versions().current().rules().in(language(ctx)))),
                Route.post("/api/triage/response-rules").access(publisher).tag(TAG)
                        .summary("Publish a new version of the region's response rules: the YAML document as the"
                                + " body (application/yaml, format larmcentral-response-rules/1). Validated first, and"
                                + " the current index against their priorities (400 with every problem); the version"
                                + " must be new and newer (409). New assessments use them; running ones keep theirs")
                        .response(PublishedVersion.class).handle(this::publishRules),
                Route.get("/api/triage/response-rules/versions").access(versionReaders).tag(TAG)
                        .summary("Every version of the response rules, oldest first, with who published it and when")
                        .response(VersionList.class).handle(ctx -> {
                            TriageVersions versions = versions();
                            ctx.json(VersionList.of(versions.current().rules().version(), versions.rulesVersions()));
                        }),
                Route.post("/api/triage/assessments").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Start a case's assessment on the current index, in a chapter or from the key"
                                + " questions")
                        .query("lang", LANG)
                        .request(StartRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            String language = language(ctx);
                            StartRequest start = body.read(ctx, StartRequest.class);
                            AssessmentView view = submit(ctx, new StartAssessment(start.caseId(), start.chapter()));
                            ctx.status(HttpStatus.CREATED).json(AssessmentReply.of(versions(), view, language));
                        }),
                Route.get(ASSESSMENT).access(readers).tag(TAG)
                        .summary("A case's assessment: proposal with why, next questions, priority, response, advice")
                        .query("lang", LANG)
                        .response(AssessmentReply.class).handle(ctx -> {
                            String caseId = ctx.pathParam("caseId");
                            String language = language(ctx);
                            ctx.json(gateway.read(s -> AssessmentReply.of(s.triage().versions(), s.triage().view(caseId),
                                    language)));
                        }),
                Route.post(ASSESSMENT + "/chapter").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Move the interview to a chapter, keeping the answers")
                        .query("lang", LANG)
                        .request(ChapterRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            ChapterRequest request = body.read(ctx, ChapterRequest.class);
                            reply(ctx, new ChooseChapter(ctx.pathParam("caseId"), request.chapter()));
                        }),
                Route.post(ASSESSMENT + "/answers").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Record the caller's answers to asked questions (all or nothing)")
                        .query("lang", LANG)
                        .request(AnswersRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            AnswersRequest request = body.read(ctx, AnswersRequest.class);
                            reply(ctx, new AnswerQuestions(ctx.pathParam("caseId"), request.answers()));
                        }),
                Route.post(ASSESSMENT + "/confirm").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Decide the priority from the index: the settled proposal, or the criterion named"
                                + " by code (as urgent as every criterion still possible)")
                        .query("lang", LANG)
                        .request(ConfirmRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            ConfirmRequest request = body.read(ctx, ConfirmRequest.class);
                            Actor by = gateway.actorOf(ctx);
                            reply(ctx, new ConfirmCriterion(ctx.pathParam("caseId"), request.code(), by));
                        }),
                Route.post(ASSESSMENT + "/override").access(Access.roles(NURSE)).tag(TAG)
                        .summary("A nurse sets another priority than the index's, with a reason (the overriding"
                                + " person is recorded; nurses only)")
                        .query("lang", LANG)
                        .request(OverrideRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            OverrideRequest request = body.read(ctx, OverrideRequest.class);
                            Actor nurse = gateway.actorOf(ctx);
                            reply(ctx, new OverridePriority(ctx.pathParam("caseId"), request.priority(),
                                    request.reason(), nurse));
                        }),
                Route.post(ASSESSMENT + "/reprioritise").access(Access.roles(CALL_TAKER, NURSE)).tag(TAG)
                        .summary("Re-assess a decided case on new answers, with a reason")
                        .query("lang", LANG)
                        .request(ReprioritiseRequest.class).response(AssessmentReply.class).handle(ctx -> {
                            ReprioritiseRequest request = body.read(ctx, ReprioritiseRequest.class);
                            Actor by = gateway.actorOf(ctx);
                            reply(ctx, new Reprioritise(ctx.pathParam("caseId"), request.code(),
                                    request.reason(), by));
                        }));
    }

    /**
     * Reads and validates the document outside the command loop (a whole index takes a good fraction of a second),
     * answering every problem with its place; the command checks again against the state it decides on, reading the
     * same document from the reader's memory.
     */
    private void publishIndex(Context ctx) {
        String document = yaml.read(ctx);
        TriageVersions versions = versions();
        TriageDocuments.Read<MedicalIndex> read = versions.readIndex(document, documents());
        if (!read.valid()) {
            problems(ctx, "the index", read.problems());
            return;
        }
        PublishedVersion published = gateway.execute(ctx, new PublishIndex(document, gateway.actorOf(ctx))
                .on(CentreState::triage));
        ctx.status(HttpStatus.CREATED).json(published);
    }

    private void publishRules(Context ctx) {
        String document = yaml.read(ctx);
        TriageVersions versions = versions();
        TriageDocuments.Read<RegionalResponseRules> read = versions.readRules(document, documents());
        if (!read.valid()) {
            problems(ctx, "the response rules", read.problems());
            return;
        }
        PublishedVersion published = gateway.execute(ctx, new PublishResponseRules(document, gateway.actorOf(ctx))
                .on(CentreState::triage));
        ctx.status(HttpStatus.CREATED).json(published);
    }

    private static void problems(Context ctx, String what, List<IndexProblem> problems) {
        ctx.status(HttpStatus.BAD_REQUEST).json(DocumentProblems.of(what, problems))
                .contentType(DocumentProblems.CONTENT_TYPE);
    }

    private TriageVersions versions() {
        return gateway.read(s -> s.triage().versions());
    }

    private TriageDocuments documents() {
        return gateway.read(s -> s.triage().documents());
    }

    private MedicalIndex index(String version) {
        TriageVersions versions = versions();
        if (version == null || version.isBlank()) {
            return versions.current().index();
        }
        return versions.index(version.strip()).orElseThrow(() -> new NotFoundException("version",
                "no index version '" + version.strip() + "' in this centre; see GET /api/triage/index/versions"));
    }

    private static Chapter chapter(MedicalIndex index, String idOrNumber) {
        return index.chapter(idOrNumber).orElseThrow(() -> new NotFoundException("chapter",
                "no chapter '" + idOrNumber + "' in index version " + index.version()));
    }

    private void reply(Context ctx, Command<TriageState, AssessmentView> command) {
        String language = language(ctx);
        AssessmentView view = submit(ctx, command);
        ctx.json(AssessmentReply.of(versions(), view, language));
    }

    /**
     * The reader's language, {@code lang}: Swedish unless English is asked for. Read before any command runs, so
     * that a wrong one changes nothing.
     */
    static String language(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null || lang.isBlank()) {
            // the console's Accept-Language, else Swedish
            String asked = se.larmcentral.web.words.ReaderLanguage.of(ctx);
            return asked != null ? asked : "sv";
        }
        String language = lang.strip().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("lang", "must be sv or en, was '" + lang.strip() + "'");
        }
        return language;
    }

    private AssessmentView submit(Context ctx, Command<TriageState, AssessmentView> command) {
        Command<CentreState, AssessmentView> onCentre = command.on(CentreState::triage);
        return gateway.execute(ctx, onCentre);
    }
}
