package se.larmcentral.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import se.larmcentral.journal.Replication;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The journal database's replication on {@code /metrics}: how many standbys stream from the primary, how many of them
 * commits wait for, and the largest lag among them (NaN when it cannot be read, or on a standby's connection).
 */
final class ReplicationMetrics {

    private ReplicationMetrics() {
    }

    static void bind(MeterRegistry meters, Supplier<Replication> replication) {
        Gauge.builder("larm.journal.replication.standbys", replication, r -> primary(r.get())
                        ? r.get().standbys().stream().filter(s -> "streaming".equals(s.state())).count() : Double.NaN)
                .description("standbys streaming from the journal's primary").register(meters);
        Gauge.builder("larm.journal.replication.synchronous", replication, r -> primary(r.get())
                        ? r.get().standbys().stream().filter(s -> "sync".equals(s.syncState()) || "quorum".equals(s.syncState())).count()
                        : Double.NaN)
                .description("standbys every commit waits for (sync or quorum)").register(meters);
        Gauge.builder("larm.journal.replication.lag", replication, r -> primary(r.get())
                        ? r.get().standbys().stream().map(Replication.Standby::lagBytes).filter(Objects::nonNull)
                        .mapToLong(Long::longValue).max().orElse(0) : Double.NaN)
                .baseUnit("bytes").description("the largest WAL lag of a standby behind the primary").register(meters);
    }

    private static boolean primary(Replication replication) {
        return replication != null && "primary".equals(replication.server()) && replication.problem() == null;
    }
}
