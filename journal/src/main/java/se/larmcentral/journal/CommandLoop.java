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
 *
 * <p>On a shared journal ({@link Journal#isShared()}: PostgreSQL with a writer lease) a loop that finds the lease
 * held elsewhere does not fail: it starts as a <em>follower</em> (standby). It reads what the active node appends
 * (woken by a notification, polling as a fallback), applies it to both copies and tells subscribers, so reads and
 * the live stream work, and refuses commands with {@link NotActiveException}. When the lease is free (the active
 * node stopped renewing it) it takes it under a new epoch, reads what it has not seen, and becomes the writer. An
 * active loop whose append is fenced ({@link LeaseLostException}: it was paused or cut off past its lease) becomes a
 * follower the same way.
 *
 * <p>A command may carry an idempotency key ({@link #submit(Actor, Command, String)}): the key is recorded with
 * the command's events in the same transaction, and the same key again, here or on the node that takes over, is
 * answered with {@link AlreadyRecordedException} instead of being decided again.
 */
public final class CommandLoop<S extends Projection> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLoop.class);
    private static final Duration RECOVERY_RETRY = Duration.ofMillis(500);
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /**
     * How long a command key guards against a second recording: a day, far beyond any client's retries (the web's
     * answer memory keeps an hour), and a bound on the keys held in memory. The journal keeps every key.
     */
    public static final Duration KEY_WINDOW = Duration.ofHours(24);

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
    private volatile WriterLock writerLock;
    private volatile boolean active = true;
    private volatile Lease lastSeenLease;
    private final java.util.Map<String, CommandKey> recordedKeys = new java.util.concurrent.ConcurrentHashMap<>();
    /** The keys in the order this loop learnt them, with when: those older than {@link #KEY_WINDOW} are forgotten. */
    private final java.util.Queue<LearntKey> keysByAge = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private record LearntKey(String key, Instant at) {
    }
    private final List<Consumer<Boolean>> roleListeners = new CopyOnWriteArrayList<>();
    private final Duration followPoll;
    private long lastHeartbeat = System.nanoTime() - HEARTBEAT.toNanos();
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
        this.followPoll = Duration.ofMillis(250);
        meters.gauge("larm.cluster.active", this, loop -> loop.isActive() ? 1 : 0);
        meters.gauge("larm.cluster.epoch", this, CommandLoop::epoch);
        meters.gauge("larm.journal.applied.sequence", this, CommandLoop::lastSequence);
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
        try {
            writerLock = journal.lockWriter();
        } catch (JournalInUseException e) {
            if (!journal.isShared()) {
                throw e;
            }
            active = false; // a standby: follow the active node until its lease runs out
            try {
                lastSeenLease = journal.lease().orElse(null);
            } catch (RuntimeException unreadable) {
                lastSeenLease = null; // said at the next follow step
            }
            LOG.info("the writer lease is held elsewhere; following the journal as a standby: {}", e.getMessage());
        }
        Replay<S> replay;
        try {
            replay = replay();
        } catch (RuntimeException | Error e) {
            if (writerLock != null) {
                writerLock.close();
                writerLock = null;
            }
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
        recordedKeys.clear();
        keysByAge.clear();
        journal.forEachCommandKey(0, this::learn);
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
        return submit(actor, command, null);
    }

    /**
     * Queues a command with an idempotency key (null: none). When the key is already recorded, the future fails with
     * {@link AlreadyRecordedException} and nothing is decided; on a standby, with {@link NotActiveException}.
     */
    public <R> CompletableFuture<R> submit(Actor actor, Command<? super S, R> command, String key) {
        CompletableFuture<R> answer = new CompletableFuture<>();
        if (!running) {
            answer.completeExceptionally(new UnavailableException("the command loop is not running", null));
            return answer;
        }
        if (!active) {
            answer.completeExceptionally(new NotActiveException(journal.nodeId(), lastSeenLease));
            return answer;
        }
        if (!queue.offer(new Submission<>(actor, command, answer, System.nanoTime(), key))) {
            answer.completeExceptionally(new UnavailableException("too many commands are waiting; try again", null));
        }
        return answer;
    }

    /**
     * Submits and waits. Refusals come back as the {@link DomainException} the command threw; a timeout or an
     * unreachable database as {@link UnavailableException}.
     */
    public <R> R execute(Actor actor, Command<? super S, R> command, Duration timeout) {
        return execute(actor, command, null, timeout);
    }

    /** {@link #execute(Actor, Command, Duration)} with an idempotency key (null: none); see {@link #submit(Actor, Command, String)}. */
    public <R> R execute(Actor actor, Command<? super S, R> command, String key, Duration timeout) {
        try {
            return submit(actor, command, key).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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

    /** Whether this loop writes the journal (holds the writer); false on a standby that follows it. */
    public boolean isActive() {
        return active;
    }

    /** The fencing epoch this loop writes under (a shared journal), else 0. */
    public long epoch() {
        WriterLock held = writerLock;
        return active && held != null ? held.epoch() : 0;
    }

    /** The lease as this node last read it while following; null when active or not known. */
    public Lease lastSeenLease() {
        return lastSeenLease;
    }

    /** The key's recorded command, if any (what a retry after a takeover is answered with). */
    public java.util.Optional<CommandKey> recorded(String key) {
        return java.util.Optional.ofNullable(recordedKeys.get(key));
    }

    /**
     * Called on the writer thread with true when this loop becomes the writer (after a takeover, its state caught
     * up), false when it becomes a standby.
     */
    public void onRoleChange(Consumer<Boolean> listener) {
        roleListeners.add(listener);
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
            heartbeat();
            if (!active) {
                try {
                    follow();
                } catch (RuntimeException e) {
                    LOG.debug("following the journal failed: {}", JournalDatabase.rootMessage(e));
                    journal.awaitAppend(RECOVERY_RETRY);
                }
                continue;
            }
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
                    if (writerLock != null && writerLock.isLost()) {
                        recovering = true; // taken over while idle: find out and follow
                    }
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
        List<CommandKey> keys = new ArrayList<>();
        java.util.Set<String> keysInBatch = new java.util.HashSet<>();
        long sequence = lastSequence;
        boolean lockedThroughCommit = visibility == ReadVisibility.LOCKED_THROUGH_COMMIT;
        if (lockedThroughCommit) {
            lock.writeLock().lock();
        }
        try {
            for (Submission<S, ?> submission : batch) {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // the databases keep microseconds
                if (submission.key != null) {
                    CommandKey earlier = recordedKeys.get(submission.key);
                    if (earlier != null || !keysInBatch.add(submission.key)) {
                        outcomes.add(new Outcome<>(submission, null, new AlreadyRecordedException(earlier != null ? earlier
                                : keys.stream().filter(k -> k.key().equals(submission.key)).findFirst()
                                .orElse(new CommandKey(submission.key, 0, 0)))));
                        continue;
                    }
                }
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
                long first = sequence + 1;
                for (DomainEvent event : decision.events()) {
                    sequence++;
                    Recorded recorded = new Recorded(sequence, now, submission.actor, event);
                    StoredEvent row = codec.encode(sequence, now, submission.actor, event);
                    working.apply(recorded);
                    rows.add(row);
                    committed.add(new Committed(recorded, row));
                }
                if (submission.key != null && sequence >= first) {
                    keys.add(new CommandKey(submission.key, first, sequence));
                }
                outcomes.add(new Outcome<>(submission, decision.result(), null));
            }
            if (!rows.isEmpty()) {
                journal.append(rows, keys);
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
            failAll(batch, e instanceof LeaseLostException ? new NotActiveException(journal.nodeId(), null)
                    : e instanceof UnavailableException unavailable ? unavailable
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
        keys.forEach(this::learn);
        batchSize.record(batch.size());
        for (Outcome<S> outcome : outcomes) {
            outcome.complete(commandLatency);
        }
        tell(committed);
    }

    private void learn(CommandKey key) {
        if (recordedKeys.put(key.key(), key) == null) {
            keysByAge.add(new LearntKey(key.key(), clock.instant()));
        }
    }

    /** Forgets the keys learnt more than {@link #KEY_WINDOW} ago. */
    private void forgetOldKeys() {
        Instant cutoff = clock.instant().minus(KEY_WINDOW);
        for (LearntKey oldest = keysByAge.peek(); oldest != null && oldest.at().isBefore(cutoff); oldest = keysByAge.peek()) {
            keysByAge.poll();
            recordedKeys.remove(oldest.key());
        }
    }

    /** About once a second: this node's role and progress into the shared journal (larm cluster status). */
    private void heartbeat() {
        long now = System.nanoTime();
        if (now - lastHeartbeat < HEARTBEAT.toNanos()) {
            return;
        }
        lastHeartbeat = now;
        forgetOldKeys();
        try {
            journal.heartbeat(active, epoch(), lastSequence);
        } catch (RuntimeException e) {
            LOG.debug("heartbeat not recorded: {}", JournalDatabase.rootMessage(e));
        }
    }

    private void tell(List<Committed> committed) {
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
     * One step of a standby: apply what the active node appended since, then take the lease if it is free (catching
     * up once more under it, then writing), else wait for the next append or the poll.
     */
    private void follow() {
        refuseWaiting();
        catchUp();
        Lease lease = journal.lease().orElse(null);
        lastSeenLease = lease;
        if (lease == null || !lease.live()) {
            WriterLock taken;
            try {
                taken = journal.lockWriter();
            } catch (JournalInUseException e) {
                return; // another standby was quicker
            }
            long started = System.nanoTime();
            try {
                catchUp(); // the old holder's last append, if any, committed before the lease changed hands
            } catch (RuntimeException | Error e) {
                taken.close(); // not caught up: let the lease go rather than hold it as a standby
                throw e;
            }
            writerLock = taken;
            active = true;
            lastSeenLease = null;
            LOG.info("took over as the writer with epoch {} at sequence {} (caught up in {} ms)", writerLock.epoch(),
                    lastSequence, (System.nanoTime() - started) / 1_000_000);
            tellRole(true);
            return;
        }
        journal.awaitAppend(followPoll);
    }

    /** Commands that slipped in while this loop became a standby: refused, not left waiting. */
    private void refuseWaiting() {
        if (!queue.isEmpty()) {
            List<Submission<S, ?>> left = new ArrayList<>();
            queue.drainTo(left);
            failAll(left, new NotActiveException(journal.nodeId(), lastSeenLease));
        }
    }

    /** Applies every row after {@link #lastSequence} to both copies and tells subscribers; also the new keys. */
    private void catchUp() {
        long from = lastSequence;
        while (true) {
            List<StoredEvent> rows = journal.readAfter(lastSequence, 2048);
            if (rows.isEmpty()) {
                break;
            }
            List<Committed> committed = new ArrayList<>(rows.size());
            lock.writeLock().lock();
            try {
                for (StoredEvent row : rows) {
                    Recorded recorded = codec.decode(row);
                    working.apply(recorded);
                    if (durable != working) {
                        durable.apply(recorded);
                    }
                    committed.add(new Committed(recorded, row));
                    lastSequence = row.sequence();
                }
            } finally {
                lock.writeLock().unlock();
            }
            tell(committed);
        }
        if (lastSequence > from) {
            journal.forEachCommandKey(from, this::learn);
        }
    }

    private void tellRole(boolean nowActive) {
        for (Consumer<Boolean> listener : roleListeners) {
            try {
                listener.accept(nowActive);
            } catch (RuntimeException e) {
                LOG.warn("role listener failed", e);
            }
        }
    }

    /** The lease went to another node: release ours, rebuild from the journal (the working copy is not durable), follow. */
    private void becomeFollower(JournalInUseException why) {
        if (why != null) {
            LOG.warn("this node lost the writer lease and follows the journal from now on: {}", why.getMessage());
        }
        WriterLock lost = writerLock;
        writerLock = null;
        if (lost != null) {
            lost.close();
        }
        Replay<S> replay = replay();
        lock.writeLock().lock();
        try {
            active = false;
            working = replay.working;
            durable = replay.durable;
            lastSequence = replay.lastSequence;
            recovering = false;
        } finally {
            lock.writeLock().unlock();
        }
        List<Submission<S, ?>> left = new ArrayList<>();
        queue.drainTo(left);
        failAll(left, new NotActiveException(journal.nodeId(), journal.lease().orElse(null)));
        tellRole(false);
    }

    /**
     * Makes sure this loop still holds the writer lock (a dropped connection may have freed it), then rebuilds both
     * copies of the state from the journal; false while the database is still away or another writer holds it.
     */
    private boolean tryRecover() {
        if (writerLock == null) { // the lease was lost and the rebuild as a follower failed (database away): again
            try {
                becomeFollower(null);
            } catch (RuntimeException again) {
                // still away: next round
            }
            return false;
        }
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
            if (journal.isShared()) {
                try {
                    becomeFollower(e);
                    return false;
                } catch (RuntimeException again) {
                    return false; // the database is away again: try next round
                }
            }
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
                                    long submittedNanos, String key) {
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
