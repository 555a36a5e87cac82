package se.larmcentral.cli.alarms;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.alarms.AlarmViews;
import se.larmcentral.alarms.figures.AlarmFigures;
import se.larmcentral.cli.CentreReads;
import se.larmcentral.core.SwedishTime;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code larm alarms figures [--from DAY] [--to DAY] [--config FILE]}: per customer of the alarm service, signals
 * received, cases, time to take and to close (p50/p90) and the false-alarm share over whole Swedish days, as JSON;
 * from the running centre's API when one runs, else from the journal.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"Per alarm customer over whole Swedish days (default: today), as JSON: signals received, cases,",
                "seconds to take and to close (p50/p90), false alarms and their share."})
public final class AlarmFiguresCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "DAY", description = "first day, yyyy-mm-dd (default: --to)")
    String from;

    @Option(names = "--to", paramLabel = "DAY", description = "last day, yyyy-mm-dd (default: today)")
    String to;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Override
    public Integer call() {
        // checked here first, so a bad day is named the same way whether a centre runs or not
        AlarmFigures.Period period = AlarmFigures.Period.of(from, to, LocalDate.now(SwedishTime.ZONE));
        CentreReads.print(spec, config, "/api/alarms/figures", CentreReads.query("from", period.from().toString(),
                "to", period.to().toString()), centre -> centre.loop().read(s -> AlarmViews.figures(s, period)));
        return 0;
    }
}
