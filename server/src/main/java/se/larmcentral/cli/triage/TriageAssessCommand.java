package se.larmcentral.cli.triage;


import se.larmcentral.web.triage.AssessmentReply;
import se.larmcentral.web.triage.TriageJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.core.DomainException;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.triage.AnswerArguments;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.BatchAssessment;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.TriageVersions;
import se.larmcentral.triage.file.IndexFileException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code larm triage assess --chapter N --answer q=yes ...}: a whole interview at once, without a centre or a
 * journal; prints the assessment as the API shows it (JSON). Bad input is one line on stderr naming the argument,
 * exit 2.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess answers without a centre and print the assessment as JSON.",
                "Nothing is stored. The JSON is what the API answers: the proposal with why,",
                "the questions still open, the region's response and the advice to give."})
public final class TriageAssessCommand implements Callable<Integer> {

    @Option(names = "--chapter", paramLabel = "N", description = "chapter number or id; default: the key questions")
    String chapter;

    @Option(names = "--answer", paramLabel = "QUESTION=yes|no",
            description = "an answer (repeat for each); each question must be asked in the interview")
    List<String> answers = new ArrayList<>();

    @CommandLine.Mixin
    TriageFiles files;

    @Option(names = "--lang", paramLabel = "sv|en", defaultValue = "sv",
            description = "the language of the index's texts in the answer (default: ${DEFAULT-VALUE})")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ObjectMapper json = TriageJson.readable(EventCodec.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));

    @Override
    public Integer call() throws JsonProcessingException {
        if (!TriageLanguage.known(lang)) {
            return fail(TriageLanguage.refusal(lang));
        }
        TriageConfig config;
        try {
            config = files.config();
        } catch (IndexFileException e) {
            return fail(e.getMessage());
        }
        AssessmentView view;
        try {
            view = BatchAssessment.run(config, chapter, AnswerArguments.parse(answers), Clock.systemUTC().instant());
        } catch (DomainException e) {
            String message = e.getMessage();
            boolean named = e.field() == null || message.startsWith(e.field() + ":");
            return fail(named ? message : e.field() + ": " + message);
        }
        spec.commandLine().getOut().println(json.writeValueAsString(AssessmentReply.of(TriageVersions.startingWith(config), view, lang)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + message);
        spec.commandLine().getErr().flush();
        return TriageCheckCommand.INVALID;
    }
}
