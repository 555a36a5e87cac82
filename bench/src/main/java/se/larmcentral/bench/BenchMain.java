package se.larmcentral.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Entry point of {@code ./larm bench NAME [ARGS...]}, a picocli command like the rest of the command line: one
 * subcommand per benchmark, each running {@code se.larmcentral.bench.NAME.Run} with its arguments, so each
 * benchmark lives in its own package. {@code ./larm bench --help} lists them.
 */
@Command(name = "larm bench", mixinStandardHelpOptions = true,
        description = "A benchmark, printed beside its baseline measured in the same run, as a ratio.")
public final class BenchMain implements Runnable {

    /** The benchmarks and what each measures (its arguments are in its Run class's comment and bench/README.md). */
    static final Map<String, String> BENCHMARKS = benchmarks();

    private static Map<String, String> benchmarks() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("journal", "[seconds] [h2|postgresql|all] [submitters,...] [throughput,reads,replay]: durable commands/s,"
                + " read latency while 64 submitters write, replay rate");
        all.put("social", "one social routing decision against 290 extended agreements (JMH)");
        all.put("geo", "[SHARED_DATA]: travel times from 200 units to one incident on inner Stockholm (JMH)");
        all.put("dispatch", "[SHARED_DATA]: a full recommendation against 200 units (JMH)");
        all.put("calls", "[seconds] [h2|postgresql|all] [calls-per-second]: a storm of calls, every command durable");
        all.put("events", "the centre's check of every event's values over one call's life, beside its JSON encoding (JMH)");
        all.put("sip", "[seconds] [calls-per-second]: SIPp rings 112 through the telephony front; call setup p50/p99"
                + " beside a bare JAIN-SIP endpoint");
        all.put("crew", "[alerts] [SHARED_DATA]: the time from the dispatcher's alert to the crew's screen (Chromium),"
                + " p50/p99, beside the event stream's");
        all.put("soak", "[minutes] [clients]: a real server under 200 clients' mixed load, then the same with 1 % hostile"
                + " requests; errors, command p99, heap after GC and log lines beside the valid-only baseline");
        all.put("failover", "[cycles]: the journal's PostgreSQL primary killed and its synchronous replica promoted; time"
                + " to the first write after and acknowledged commands lost, beside the promotion's own time (needs root)");
        all.put("alarms", "[seconds] [transmitters] [alarms-per-second] [h2|postgresql]: SIA DC-09 transmitters over TCP"
                + " and UDP (link test every 10 s plus alarms); ACK latency p50/p99 after the journal's commit, 0 lost,"
                + " beside the journal's plain append");
        all.put("moveup", "[SHARED_DATA] [decisions]: one move-up decision (DMEXCLP, compliance table) on inner Stockholm,"
                + " p50/p99, beside DMEXCLP searching the stations' coverage anew each decision");
        all.put("map", "[SHARED_DATA]: address and place search (1,000 queries as typed) p50/p99 beside a plain scan of every"
                + " name; the street layer's views at zoom 12 and 16");
        all.put("recommend", "[SHARED_DATA]: a recommendation against 200 units with today's Dijkstra beside the"
                + " contraction-hierarchy search, inner Stockholm and a 54,000-node graph (JMH)");
        all.put("auckland", "[SHARED_DATA] [recommendations]: a recommendation on JEMSS's Auckland roads (54,370 nodes),"
                + " 16 and 200 units, with the simulator's Dijkstra beside PHAST on GraphHopper's contraction hierarchies"
                + " of the same arcs; CPU p50/p99 and the ratio");
        all.put("cli", "[calls] [asks]: larm calls show through a running centre's API beside opening (replaying) the"
                + " journal with none running; the output of both compared");
        all.put("sim", "[days] [SHARED_DATA]: a simulated Stockholm year (91 units, ~350,000 incidents) on the dispatch"
                + " engine: time, events/s, heap; beside the same run asking travel times one unit at a time");
        all.put("eido", "[SHARED_DATA] [documents]: an EIDO received (NENA's sample) read and checked against NENA's schema,"
                + " p50/p99, beside parsing the same JSON alone");
        return all;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        CommandLine line = new CommandLine(new BenchMain());
        BENCHMARKS.forEach((name, description) -> {
            CommandLine sub = new CommandLine(new Benchmark(name));
            sub.getCommandSpec().usageMessage().description(description);
            line.addSubcommand(name, sub);
        });
        System.exit(line.execute(args));
    }

    /** One benchmark: its Run class's main with the arguments given. */
    @Command(mixinStandardHelpOptions = true)
    static final class Benchmark implements Callable<Integer> {

        private final String name;

        @Parameters(paramLabel = "ARGS", arity = "0..*", description = "the benchmark's own arguments")
        String[] arguments = new String[0];

        Benchmark(String name) {
            this.name = name;
        }

        @Override
        public Integer call() throws Exception {
            try {
                Class.forName("se.larmcentral.bench." + name + ".Run").getMethod("main", String[].class)
                        .invoke(null, (Object) arguments);
            } catch (InvocationTargetException e) {
                throw (e.getCause() instanceof Exception cause) ? cause : e;
            }
            return 0;
        }
    }
}
