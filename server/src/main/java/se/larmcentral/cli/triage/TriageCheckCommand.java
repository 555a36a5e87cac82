package se.larmcentral.cli.triage;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.triage.IndexProblem;
import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.RegionalResponseRules;
import se.larmcentral.triage.file.IndexFileException;
import se.larmcentral.triage.file.MedicalIndexFile;
import se.larmcentral.triage.file.RegionalRulesFile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code larm triage check FILE [--region RULES]}: validates a medical index file against a region's priority
 * scale. Prints every problem with its line, column and place and exits 2; a valid file gets a one-line summary
 * and exit 0.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a medical index file: each problem with its line, column and place.",
                "Format larmcentral-medical-index/1, checked against the region's priorities.",
                "Exit 0 when valid, 2 when not."})
public final class TriageCheckCommand implements Callable<Integer> {

    static final int INVALID = 2;

    @Parameters(paramLabel = "FILE", description = "the medical index (YAML)")
    Path file;

    @Option(names = "--region", paramLabel = "RULES",
            description = "the region's response rules (YAML) whose priorities are the scale; default: Stockholm's")
    Path region;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RegionalResponseRules rules;
        try {
            rules = region == null ? RegionalRulesFile.loadStockholm() : RegionalRulesFile.load(region);
        } catch (IndexFileException e) {
            return report(out, region, e.problems());
        }
        List<IndexProblem> problems = MedicalIndexFile.check(file, rules.scale());
        if (!problems.isEmpty()) {
            return report(out, file, problems);
        }
        MedicalIndex index = MedicalIndexFile.load(file, rules.scale());
        long criteria = index.chapters().stream().mapToLong(c -> c.criteria().size()).sum();
        String languages = index.languages().isEmpty() ? "" : ", in " + String.join(" and ", index.languages());
        out.printf("%s: valid: index version %s, %d chapters, %d criteria%s, priorities %s of %s%n", file,
                index.version(), index.chapters().size(), criteria, languages, rules.scale(), rules.region());
        out.flush();
        return 0;
    }

    private static int report(PrintWriter out, Path source, List<IndexProblem> problems) {
        for (IndexProblem problem : problems) {
            out.println(source + ": " + problem);
        }
        out.println(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        out.flush();
        return INVALID;
    }
}
