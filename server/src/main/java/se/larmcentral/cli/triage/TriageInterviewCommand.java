package se.larmcentral.cli.triage;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.Recorded;
import se.larmcentral.triage.AnswerQuestions;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Chapter;
import se.larmcentral.triage.ChooseChapter;
import se.larmcentral.triage.ConfirmCriterion;
import se.larmcentral.triage.Question;
import se.larmcentral.triage.StartAssessment;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.TriageState;
import se.larmcentral.triage.TriageVersions;
import se.larmcentral.triage.file.IndexFileException;
import se.larmcentral.web.triage.AssessmentReply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code larm triage interview}: the priority assessment as a call-taker runs it, one question at a time on the
 * terminal (y/n), the chapter chosen from a numbered list when the key questions do not settle it, until the index
 * gives a priority; then the priority, its criterion, the region's response and the advice to give. Nothing is
 * stored. The same commands as the console's interview, on a state of its own.
 */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = {"Run a priority assessment interactively: one question at a time (y/n), a chapter when asked,",
                "until the index gives a priority; then the priority, the response and the advice. Nothing is stored."})
public final class TriageInterviewCommand implements Callable<Integer> {

    private static final Actor OPERATOR = Actor.person("terminal");
    private static final String CASE = "interview";

    @Option(names = "--chapter", paramLabel = "N", description = "start in this chapter (number or id); default: the key questions")
    String chapter;

    @CommandLine.Mixin
    TriageFiles files;

    @Option(names = "--lang", paramLabel = "sv|en", defaultValue = "sv",
            description = "the language of the questions, chapters and advice, and of the prompts (default: ${DEFAULT-VALUE})")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private TriageState state;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!TriageLanguage.known(lang)) {
            return fail(TriageLanguage.refusal(lang));
        }
        boolean sv = lang.equals("sv");
        TriageConfig config;
        try {
            config = files.config();
        } catch (IndexFileException e) {
            return fail(e.getMessage());
        }
        state = new TriageState(config);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            AssessmentView view = submit(new StartAssessment(CASE, chapter));
            out.println(sv ? "Medicinskt index " + view.indexVersion() + ". Svara j (ja) eller n (nej); q avslutar intervjun."
                    : "Medical index " + view.indexVersion() + ". Answer y (yes) or n (no); q ends the interview.");
            while (view.priority() == 0) {
                if (!view.openQuestions().isEmpty()) {
                    Question question = view.nextQuestions().getFirst();
                    Boolean answer = yesOrNo(in, out, question.text().in(lang), sv);
                    if (answer == null) {
                        return fail("the interview ended before a priority");
                    }
                    view = submit(new AnswerQuestions(CASE, Map.of(question.id(), answer)));
                } else if (view.needsChapter() || view.proposal() == null) {
                    String chosen = chapter(in, out, config.index().chapters(), lang);
                    if (chosen == null) {
                        return fail("the interview ended before a priority");
                    }
                    view = submit(new ChooseChapter(CASE, chosen));
                } else {
                    view = submit(new ConfirmCriterion(CASE, null, OPERATOR));
                }
            }
            print(out, config, view, lang);
            return 0;
        } catch (DomainException e) {
            String message = e.getMessage();
            return fail(e.field() == null || message.startsWith(e.field() + ":") ? message : e.field() + ": " + message);
        }
    }

    private static Boolean yesOrNo(BufferedReader in, PrintWriter out, String question, boolean sv)
            throws IOException {
        while (true) {
            out.print(question + (sv ? " [j/n] " : " [y/n] "));
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return null;
            }
            switch (line.strip().toLowerCase(Locale.ROOT)) {
                case "y", "yes", "j", "ja" -> {
                    return true;
                }
                case "n", "no", "nej" -> {
                    return false;
                }
                default -> out.println(sv ? "  svara j (ja) eller n (nej), eller q för att avsluta"
                        : "  answer y (yes) or n (no), or q to end");
            }
        }
    }

    private static String chapter(BufferedReader in, PrintWriter out, List<Chapter> chapters, String lang)
            throws IOException {
        boolean sv = lang.equals("sv");
        out.println(sv ? "Välj kapitel för huvudbesväret:" : "Choose the chapter of the main complaint:");
        for (Chapter chapter : chapters) {
            out.printf("  %2d  %s%n", chapter.number(), chapter.title().in(lang));
        }
        while (true) {
            out.print(sv ? "Kapitelnummer: " : "Chapter number: ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return null;
            }
            String text = line.strip();
            if (chapters.stream().anyMatch(c -> Integer.toString(c.number()).equals(text) || c.id().equals(text))) {
                return text;
            }
            out.println(sv ? "  inget kapitel '" + text + "'; ange ett av numren ovan, eller q för att avsluta"
                    : "  no chapter '" + text + "'; give one of the numbers above, or q to end");
        }
    }

    private static void print(PrintWriter out, TriageConfig config, AssessmentView view, String lang) {
        boolean sv = lang.equals("sv");
        out.println();
        out.println((sv ? "Prioritet " : "Priority ") + view.priority() + " (" + view.decidedCode() + ")");
        if (view.response() != null) {
            out.println((sv ? "Insats: " : "Response: ") + view.response().action() + ", " + view.response().unit()
                    + (view.response().lightsAndSirens() ? (sv ? ", blåljus" : ", lights and sirens") : "")
                    + (view.response().instruction() == null || view.response().instruction().in(lang).isBlank() ? ""
                    : "; " + view.response().instruction().in(lang)));
        }
        AssessmentReply.of(TriageVersions.startingWith(config), view, lang).advice().forEach(advice -> {
            out.println((sv ? "Råd: " : "Advice: ") + advice.title());
            advice.steps().forEach(step -> out.println("  - " + step));
        });
        out.flush();
    }

    private AssessmentView submit(se.larmcentral.core.Command<TriageState, AssessmentView> command) {
        Decision<AssessmentView> decision = command.decide(state, Clock.systemUTC().instant());
        for (DomainEvent event : decision.events()) {
            state.apply(new Recorded(1, Clock.systemUTC().instant(), OPERATOR, event));
        }
        return decision.result();
    }

    private int fail(String message) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + message);
        spec.commandLine().getErr().flush();
        return TriageCheckCommand.INVALID;
    }
}
