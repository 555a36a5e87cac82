package se.larmcentral.cli.triage;

import picocli.CommandLine.Option;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.file.TriageConfigFiles;

import java.nio.file.Path;

/** The medical index and response rules a triage tool runs on: the shipped ones, or the files given (a picocli mixin). */
final class TriageFiles {

    @Option(names = "--index", paramLabel = "FILE", description = "a medical index file; default: the shipped one")
    Path index;

    @Option(names = "--region", paramLabel = "RULES", description = "regional response rules; default: Stockholm's")
    Path region;

    /** @throws se.larmcentral.triage.file.IndexFileException naming the file, place and reason */
    TriageConfig config() {
        return index == null && region == null ? TriageConfigFiles.shipped() : TriageConfigFiles.load(index, region);
    }
}
