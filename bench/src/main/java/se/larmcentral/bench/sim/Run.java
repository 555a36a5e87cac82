package se.larmcentral.bench.sim;

import se.larmcentral.sim.Policy;
import se.larmcentral.sim.Scenario;
import se.larmcentral.sim.SimResult;
import se.larmcentral.sim.Simulation;
import se.larmcentral.sim.file.ScenarioFileReader;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code ./larm bench sim [days] [SHARED_DATA]}: a simulated Stockholm (the demo fleet's 91 units, about 350,000
 * incidents a year, road travel times on the inner-Stockholm extract) for {@code days} (default 365), timed, with
 * events/s and the heap the run holds at its end after a GC (the product's state keeps every incident, and the
 * result); beside the baseline in the
 * same process: the same run asking travel times one unit at a time. Both runs use the same seed and travel times,
 * so they make the same decisions; the benchmark checks that they did.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        Path shared = Path.of(args.length > 1 ? args[1] : System.getProperty("larm.sharedData", "../shared/data"));
        Path file = Path.of("sim/scenarios/stockholm-demo.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("run from the repository root: " + file.toAbsolutePath() + " is missing");
        }
        Scenario scenario = new ScenarioFileReader(shared, Path.of("data/graph-cache"), System.out::println).read(file);
        System.out.println("warming up (2 simulated days)...");
        new Simulation(scenario, Policy.CLOSEST_IDLE, 99).run(Duration.ofDays(2), s -> { });

        Measured oneToMany = measure("one-to-many (as live)", scenario, days);
        Measured baseline = measure("baseline: one search per unit", scenario.withTravel(new OneSearchPerUnit(scenario.travel()),
                scenario.travelName() + ", one search per unit"), days);
        System.out.println();
        System.out.printf(Locale.ROOT, "simulated Stockholm, %d days, 91 units, travel: %s%n", days, scenario.travelName());
        System.out.println("run                              incidents   sim events   time (s)   CPU (s)   events/s   incidents/s   heap held (MB)");
        for (Measured m : new Measured[]{oneToMany, baseline}) {
            System.out.printf(Locale.ROOT, "%-32s %9d %12d %10.1f %9.1f %10.0f %13.0f %15.0f%n", m.name, m.incidents, m.events,
                    m.seconds, m.cpuSeconds, m.events / m.seconds, m.incidents / m.seconds, m.heapMb);
        }
        System.out.printf(Locale.ROOT, "one-to-many is %.2fx the baseline's speed; same decisions: %s%n",
                baseline.seconds / oneToMany.seconds, oneToMany.result.incidents().equals(baseline.result.incidents()));
    }

    /** {@code cpuSeconds}: the simulating thread's CPU time, which a loaded machine's scheduler does not inflate. */
    private record Measured(String name, SimResult result, long incidents, long events, double seconds,
                            double cpuSeconds, double heapMb) {
    }

    private static Measured measure(String name, Scenario scenario, int days) {
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Simulation simulation = new Simulation(scenario, Policy.CLOSEST_IDLE, 1);
        SimResult result = simulation.run(Duration.ofDays(days), line -> System.out.println(name + ": " + line));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.gc();
        // what the run holds at its end: the product's state with every incident, and the result
        double heap = (ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - before) / 1e6;
        java.lang.ref.Reference.reachabilityFence(simulation);
        return new Measured(name, result, result.incidents().size(), result.events(), seconds,
                cpuSeconds, heap);
    }
}
