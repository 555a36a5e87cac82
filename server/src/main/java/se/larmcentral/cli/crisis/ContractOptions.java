package se.larmcentral.cli.crisis;

import picocli.CommandLine.Option;
import se.larmcentral.core.SwedishTime;

import java.nio.file.Path;
import java.time.Instant;

/** The options every contract command shares: the stored centre's settings and the instant asked at. */
final class ContractOptions {

    @Option(names = "--at", paramLabel = "WHEN", description = "as at this instant with offset (default now)")
    String at;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre and its contract; default the demo's ./data")
    Path config;

    Instant instant() {
        return at == null ? Instant.now() : SwedishTime.parseInstant("--at", at);
    }
}
