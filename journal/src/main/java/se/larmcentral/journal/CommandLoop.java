package se.larmcentral.journal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.UnavailableException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One writer for a centre's state. Commands queue up; the writer thread takes as many as are waiting (up to a
 * batch), decides each in order, appends all their events in one transaction, and only then answers the
 * submitters (group commit).
 *
 * <p>Readers never wait for a commit and see only durable state. The loop keeps two copies of the state, built
 * from the same events: the writer's <em>working</em> copy, which it decides against and applies each decided
 * event to at once (so later commands in a batch see earlier ones), and the readers' <em>durable</em> copy, to
 * which the writer applies a batch's events only after their commit, under a write lock held for that apply
 * alone (microseconds, not the commit's fsync). Then it answers the submitters and calls the subscribers, so a
 * submitter or subscriber that reads sees its events. The price is memory: the state is held twice. (Before,
 * the writer applied to the one state under the write lock and held it through the commit, so every read waited
 * for the fsync; {@link ReadVisibility#LOCKED_THROUGH_COMMIT} keeps that for the benchmark's baseline.)
 *
 * <p>When a commit fails (the database went away) the working copy holds events that are not durable, and the
 * commit may have happened after all; the loop then refuses reads and commands until it has rebuilt both copies
 * from the journal, retrying until the database answers again. Nothing acknowledged is lost, since
 * acknowledgement follows the commit.
 *
 * <p>One writer per journal: {@link #start()} takes the journal's writer lock ({@link Journal#lockWriter()}) and
 * {@link #close()} releases it, so a second loop on the same journal, in this process or another, fails with
 * {@link JournalInUseException} naming the holder.
 */
public final class CommandLoop<S extends Projection> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLoop.class);
    private static final Duration RECOVERY_RETRY = Duration.ofMillis(500);

    private final Journal journal;
    private final EventCodec codec;
    private final Supplier<S> emptyState;
    private final Clock clock;
    private final int maxBatch;
    private final ReadVisibility visibility;
    private final BlockingQueue<Submission<S, ?>> queue = new ArrayBlockingQueue<>(65_536);
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Consumer<List<Committed>>> listeners = new CopyOnWriteArrayList<>();
    private final Timer commandLatency;
    private final DistributionSummary batchSize;
    private final Counter rejected;
    private final Counter failedCommits;

    private volatile EventCheck eventCheck = EventCheck.NONE;
    private S working; // the writer thread's alone
    private volatile S durable; // read under the read lock, replaced and applied to under the write lock
    private volatile long lastSequence;
    private volatile boolean recovering;
    private volatile boolean running;
    private WriterLock writerLock;
    private boolean toldInUse; // logged once per recovery that another writer holds the journal
    private Thread writer;

    /** A loop whose reads never wait for a commit ({@link ReadVisibility#AFTER_COMMIT}). */
    public CommandLoop(Journal journal, EventCodec codec, Supplier<S> emptyState, Clock clock, MeterRegistry meters,
                       int maxBatch) {
        this(journal, codec, emptyState, clock, meters, maxBatch, ReadVisibility.AFTER_COMMIT);
    }

    /** @param visibility {@link ReadVisibility#AFTER_COMMIT} but in the journal benchmark's baseline */
    public CommandLoop(Journal journal, EventCodec codec, Supplier<S> emptyState, Clock clock, MeterRegistry meters,
                       int maxBatch, ReadVisibility visibility) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.journal = journal;
        this.codec = codec;
        this.emptyState = emptyState;
        this.clock = clock;
        this.maxBatch = maxBatch;
        this.visibility = visibility;
        this.commandLatency = Timer.builder("larm.commands").description("submit to durable acknowledgement")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.batchSize = DistributionSummary.builder("larm.journal.batch.commands")
                .description("commands per commit").register(meters);
        this.rejected = Counter.builder("larm.commands.rejected").description("refused by validation").register(meters);
        this.failedCommits = Counter.builder("larm.journal.commit.failures").register(meters);
    }

    /**
     * Takes the journal's writer lock, rebuilds the state from the journal and starts the writer. Throws
     * {@link JournalInUseException} naming the holder when another writer holds the journal, and
     * {@link JournalCorruptException} naming the first row that cannot be read: start-up stops rather than skip it.
     */
    public CommandLoop<S> start() {
        if (writer != null) {
            throw new IllegalStateException("the command loop was already started");
        }
        writerLock = journal.lockWriter();
        Replay<S> replay;
        try {
            replay = replay();
        } catch (RuntimeException | Error e) {
            writerLock.close();
            writerLock = null;
            throw e;
        }
        this.working = replay.working;
        this.durable = replay.durable;
        this.lastSequence = replay.lastSequence;
        LOG.info("journal replayed: {} events in {} ms", replay.count, replay.elapsed.toMillis());
        running = true;
        writer = Thread.ofPlatform().name("command-writer").daemon(true).start(this::writeLoop);
        return this;
    }

    private record Replay<S>(S working, S durable, long lastSequence, long count, Duration elapsed) {
    }

    /** Builds both copies from the journal, decoding each row once (one copy when reads lock through commits). */
    private Replay<S> replay() {
        long started = System.nanoTime();
        S freshWorking = emptyState.get();
        S freshDurable = visibility == ReadVisibility.AFTER_COMMIT ? emptyState.get() : freshWorking;
        long[] last = {0};
        java.util.Set<Long> setAside = new java.util.HashSet<>();
        journal.quarantined().forEach(q -> setAside.add(q.sequence()));
        long count = journal.forEachAfterPipelined(0, row -> {
            while (setAside.contains(last[0] + 1) && last[0] + 1 < row.sequence()) {
                last[0]++; // a quarantined row: kept aside, not replayed
            }
            if (row.sequence() != last[0] + 1) {
                throw new JournalCorruptException(row.sequence(), "expected sequence number " + (last[0] + 1)
                        + " after " + last[0] + "; the journal has a gap", null);
            }
            Recorded recorded = codec.decode(row);
            try {
                freshWorking.apply(recorded);
                if (freshDurable != freshWorking) {
                    freshDurable.apply(recorded);
                }
            } catch (RuntimeException e) {
                throw new JournalCorruptException(row.sequence(), "the state cannot apply '" + row.type() + "': "
                        + e.getMessage(), e);
            }
            last[0] = row.sequence();
        });
        for (long sequence : setAside) {
            last[0] = Math.max(last[0], sequence); // quarantined rows at the end still hold their numbers
        }
        return new Replay<>(freshWorking, freshDurable, last[0], count, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Every event a command decides passes {@code check} before any of the command's events is applied or recorded;
     * a refusal there refuses the command. Set before {@link #start()}.
     */
    public CommandLoop<S> checkingEvents(EventCheck check) {
        this.eventCheck = check;
        return this;
    }

    /** Queues a command; the future completes once its events are durable, or exceptionally with the refusal. */
    public <R> CompletableFuture<R> submit(Actor actor, Command<? super S, R> command) {
        CompletableFuture<R> answer = new CompletableFuture<>();
        if (!running) {
            answer.completeExceptionally(new UnavailableException("the command loop is not running", null));
            return answer;
        }
        if (!queue.offer(new Submission<>(actor, command, answer, System.nanoTime()))) {
            answer.completeExceptionally(new UnavailableException("too many commands are waiting; try again", null));
        }
        return answer;
    }

    /**
     * Submits and waits. Refusals come back as the {@link DomainException} the command threw; a timeout or an
     * unreachable database as {@link UnavailableException}.
     */
    public <R> R execute(Actor actor, Command<? super S, R> command, Duration timeout) {
        try {
            return submit(actor, command).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new UnavailableException("the command was not confirmed within " + timeout.toMillis()
                    + " ms; it may still be recorded", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for the journal", e);
        }
    }

    /** Reads the current durable state. Refused while the state is being rebuilt after a failed commit. */
    public <T> T read(Function<? super S, T> query) {
        lock.readLock().lock();
        try {
            if (recovering) {
                throw new UnavailableException("the journal database is unavailable; the state is being rebuilt", null);
            }
            return query.apply(durable);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Called on the writer thread after each commit with the events it made durable, in order; {@link #read} already
     * shows them. Keep it quick.
     */
    public void subscribe(Consumer<List<Committed>> listener) {
        listeners.add(listener);
    }

    public long lastSequence() {
        return lastSequence;
    }

    /** Ready to take commands: running, the state durable, the database answering. */
    public boolean isReady() {
        return running && !recovering && journal.isReachable();
    }

    public boolean isRecovering() {
        return recovering;
    }

    public Journal journal() {
        return journal;
    }

    private void writeLoop() {
        List<Submission<S, ?>> batch = new ArrayList<>(maxBatch);
        while (running) {
            try {
                Submission<S, ?> first = queue.poll(RECOVERY_RETRY.toMillis(), TimeUnit.MILLISECONDS);
                if (recovering && !tryRecover()) {
                    if (first != null) {
                        batch.add(first);
                        queue.drainTo(batch, maxBatch - 1);
                        failAll(batch, new UnavailableException("the journal database is unavailable; command not recorded", null));
                        batch.clear();
                    }
                    continue;
                }
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                process(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                LOG.error("command writer failed; rebuilding the state from the journal", e);
                recovering = true;
                failAll(batch, new UnavailableException("internal error while recording: " + e.getMessage(), e));
            } finally {
                batch.clear();
            }
        }
        List<Submission<S, ?>> left = new ArrayList<>();
        queue.drainTo(left);
        failAll(left, new UnavailableException("the command loop stopped", null));
    }

    private void process(List<Submission<S, ?>> batch) {
        List<Outcome<S>> outcomes = new ArrayList<>(batch.size());
        List<StoredEvent> rows = new ArrayList<>();
        List<Committed> committed = new ArrayList<>();
        long sequence = lastSequence;
        boolean lockedThroughCommit = visibility == ReadVisibility.LOCKED_THROUGH_COMMIT;
        if (lockedThroughCommit) {
            lock.writeLock().lock();
        }
        try {
            for (Submission<S, ?> submission : batch) {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // the databases keep microseconds
                Decision<?> decision;
                try {
                    decision = submission.command.decide(working, now);
                    for (DomainEvent event : decision.events()) {
                        eventCheck.check(event, now);
                    }
                } catch (DomainException e) {
                    rejected.increment();
                    outcomes.add(new Outcome<>(submission, null, e));
                    continue;
                } catch (RuntimeException e) {
                    LOG.error("command failed unexpectedly", e);
                    outcomes.add(new Outcome<>(submission, null, new IllegalStateException(
                            "the command failed unexpectedly: " + e.getMessage(), e)));
                    continue;
                }
                for (DomainEvent event : decision.events()) {
                    sequence++;
                    Recorded recorded = new Recorded(sequence, now, submission.actor, event);
                    StoredEvent row = codec.encode(sequence, now, submission.actor, event);
                    working.apply(recorded);
                    rows.add(row);
                    committed.add(new Committed(recorded, row));
                }
                outcomes.add(new Outcome<>(submission, decision.result(), null));
            }
            if (!rows.isEmpty()) {
                journal.append(rows);
            }
            if (lockedThroughCommit) {
                lastSequence = sequence; // the one state already holds the events
            }
        } catch (RuntimeException e) {
            failedCommits.increment();
            recovering = true; // the working state holds events that may not be durable
            LOG.warn("journal commit of {} events failed: {}", rows.size(), JournalDatabase.rootMessage(e));
            for (Outcome<S> outcome : outcomes) {
                if (outcome.error != null) {
                    outcome.submission.fail(outcome.error); // refused anyway; its answer does not depend on the commit
                }
            }
            failAll(batch, e instanceof UnavailableException unavailable ? unavailable
                    : new UnavailableException("the journal refused the commit: " + e.getMessage(), e));
            return;
        } finally {
            if (lockedThroughCommit) {
                lock.writeLock().unlock();
            }
        }
        if (!lockedThroughCommit) {
            lock.writeLock().lock(); // only for applying what is now durable: readers wait microseconds
            try {
                for (Committed event : committed) {
                    durable.apply(event.recorded());
                }
                lastSequence = sequence;
            } finally {
                lock.writeLock().unlock();
            }
        }
        batchSize.record(batch.size());
        for (Outcome<S> outcome : outcomes) {
            outcome.complete(commandLatency);
        }
        if (!committed.isEmpty()) {
            List<Committed> view = List.copyOf(committed);
            for (Consumer<List<Committed>> listener : listeners) {
                try {
                    listener.accept(view);
                } catch (RuntimeException e) {
                    LOG.warn("event listener failed", e);
                }
            }
        }
    }

    /**
     * Makes sure this loop still holds the writer lock (a dropped connection may have freed it), then rebuilds both
     * copies of the state from the journal; false while the database is still away or another writer holds it.
     */
    private boolean tryRecover() {
        try {
            writerLock.ensureHeld();
            Replay<S> replay = replay();
            lock.writeLock().lock();
            try {
                working = replay.working;
                durable = replay.durable;
                lastSequence = replay.lastSequence;
                recovering = false;
            } finally {
                lock.writeLock().unlock();
            }
            toldInUse = false;
            LOG.info("journal database is back; state rebuilt from {} events", replay.count);
            return true;
        } catch (JournalInUseException e) {
            if (!toldInUse) {
                LOG.error("another writer took the journal while its database was away; this loop stays stopped: {}",
                        e.getMessage());
                toldInUse = true;
            }
            return false;
        } catch (UnavailableException e) {
            return false;
        }
    }

    private static void failAll(List<? extends Submission<?, ?>> submissions, RuntimeException error) {
        for (Submission<?, ?> submission : submissions) {
            submission.fail(error);
        }
    }

    /**
     * Stops the writer after the batch in hand (it notices within its half-second poll), then releases the writer
     * lock. The journal stays open: close it after this ({@link JournalShutdown} does both in order). The writer is
     * not interrupted: an interrupt inside H2's file I/O closes the database's file channel.
     */
    @Override
    public void close() {
        running = false;
        if (writer != null) {
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (writer.isAlive()) {
                LOG.warn("the command writer did not stop within 10 s; releasing the writer lock anyway");
            }
        }
        if (writerLock != null) {
            writerLock.close();
        }
    }

    private record Submission<S, R>(Actor actor, Command<? super S, R> command, CompletableFuture<R> answer,
                                    long submittedNanos) {
        void fail(Throwable error) {
            answer.completeExceptionally(error);
        }

        @SuppressWarnings("unchecked")
        void succeed(Object result) {
            answer.complete((R) result);
        }
    }

    private record Outcome<S>(Submission<S, ?> submission, Object result, RuntimeException error) {
        void complete(Timer latency) {
            latency.record(System.nanoTime() - submission.submittedNanos, TimeUnit.NANOSECONDS);
            if (error != null) {
                submission.fail(error);
            } else {
                submission.succeed(result);
            }
        }
    }
}
