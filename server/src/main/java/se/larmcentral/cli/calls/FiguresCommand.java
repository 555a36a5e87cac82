package se.larmcentral.cli.calls;

import se.larmcentral.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.figures.AnswerTimeFigures;
import se.larmcentral.calls.figures.AnswerTimeReport;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.centre.calls.CallsFigures;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.CentreReads;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.Callable;

/**
 * {@code larm calls figures [--hourly DATE | --daily FROM TO] [--all-lines] [--config FILE]}: the answer-time
 * figures of the stored centre as JSON, against the 112 targets: live (the last hour) by default, per hour of a
 * Swedish day with {@code --hourly}, per Swedish day (both included) with {@code --daily}. Works on the journal of
 * {@code --config}'s {@code dataDir} (default: the demo's {@code ./data}); with a centre running on the embedded
 * journal it says so and stops.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"The stored centre's answer-time figures against the 112 targets, as JSON: live (last hour),",
                "per hour of a day (--hourly DATE) or per day (--daily FROM TO)."})
public final class FiguresCommand implements Callable<Integer> {

    static final int MAX_DAYS = 400;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
    Path config;

    @Option(names = "--all-lines", description = "count every line, not only 112 (the targets are for 112)")
    boolean allLines;

    @Option(names = "--hourly", paramLabel = "DATE", description = "per hour of this Swedish day, YYYY-MM-DD")
    String hourly;

    @Option(names = "--daily", arity = "2", paramLabel = "DAY", description = "per Swedish day, FROM TO (YYYY-MM-DD, both included)")
    List<String> daily;

    @Override
    public Integer call() throws Exception {
        if (hourly != null && daily != null) {
            throw new InvalidInputException("--hourly", "give either --hourly DATE or --daily FROM TO, not both");
        }
        Instant now = Instant.now();
        String lines = allLines ? "all" : "112";
        if (hourly != null) {
            LocalDate day = day("--hourly", hourly);
            CentreReads.print(spec, config, "/api/calls/figures/hourly", CentreReads.query("date", day.toString(),
                    "lines", lines), centre -> split(centre, lines, now, start(day), start(day.plusDays(1)),
                    calls -> AnswerTimeFigures.perHour(calls, day, now)));
        } else if (daily != null) {
            LocalDate from = day("--daily", daily.get(0));
            LocalDate to = day("--daily", daily.get(1));
            if (to.isBefore(from)) {
                throw new InvalidInputException("--daily", "TO must not be before FROM (" + from + "), was " + to);
            }
            if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                throw new InvalidInputException("--daily", "at most " + MAX_DAYS + " days at a time");
            }
            CentreReads.print(spec, config, "/api/calls/figures/daily", CentreReads.query("from", from.toString(),
                    "to", to.toString(), "lines", lines), centre -> split(centre, lines, now, start(from),
                    start(to.plusDays(1)), calls -> AnswerTimeFigures.perDay(calls, from, to, now)));
        } else {
            CentreReads.print(spec, config, "/api/calls/figures/live", CentreReads.query("lines", lines),
                    centre -> CallsFigures.live(read(centre, now.minus(Duration.ofHours(1)), now), allLines, now));
        }
        return 0;
    }

    /** The period's figures of every call, and of the calls marked with a major incident and the rest apart (as the API). */
    private CallsFigures.PeriodFigures split(Centre centre, String lines, Instant now, Instant from, Instant to,
                                             Function<List<Call>, List<AnswerTimeReport>> report) {
        return centre.loop().read(s -> CallsFigures.PeriodFigures.split(lines, now,
                lineCalls(s.calls().callsQueuedIn(from, to)), s.majorIncidents()::marked, report));
    }

    private static List<Call> read(Centre centre, Instant from, Instant to) {
        return centre.loop().read(s -> s.calls().callsQueuedIn(from, to));
    }

    private List<Call> lineCalls(List<Call> calls) {
        return allLines ? calls : AnswerTimeFigures.on112(calls);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a day YYYY-MM-DD");
        }
    }
}
