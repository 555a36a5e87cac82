package se.larmcentral.centre;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.triage.file.TriageConfigFiles;
import se.larmcentral.calls.CallEvent;
import se.larmcentral.centre.dispatch.ServiceRegion;
import se.larmcentral.centre.contract.ContractTimer;
import se.larmcentral.centre.contract.HandedOverIncidents;
import se.larmcentral.crisis.contract.ContractEvent;
import se.larmcentral.crisis.contract.ContractTerms;
import se.larmcentral.centre.accounts.AccountEvent;
import se.larmcentral.centre.dispatch.ShiftTimer;
import se.larmcentral.centre.process.CallFollowUps;
import se.larmcentral.centre.process.CallProcesses;
import se.larmcentral.centre.connect.ConnectEvent;
import se.larmcentral.crisis.incident.MajorIncidentEvent;
import se.larmcentral.centre.desks.DeskEvent;
import se.larmcentral.centre.shiftlog.ShiftLogEvent;
import se.larmcentral.centre.time.Scheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.crisis.warning.WarningEvent;
import se.larmcentral.dispatch.DispatchEvent;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.Committed;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.Journal;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalShutdown;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.SocialEvent;
import se.larmcentral.social.file.MunicipalityRegistryFile;
import se.larmcentral.triage.PublicationEvent;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.TriageEvent;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One running centre: its journal, its command loop, the event types it records, and, once
 * {@link #startProcesses} has run, the processes and timers that work on their own (it then owns the scheduler). Every front acts through it as
 * a {@link CommandPort}: a command is answered once its events are durable and the processes they triggered have
 * run their steps, so a front reads back a settled centre.
 */
public final class Centre implements CommandPort, AutoCloseable {

    /** How a centre is set up, apart from its journal. */
    public record Setup(Clock clock, MeterRegistry meters, Supplier<TriageConfig> triageBase, Duration commandTimeout,
                        List<CentreExtension> extensions, ServiceRegion region, ContractTerms contracts) {

        public Setup {
            extensions = List.copyOf(extensions);
            contracts = contracts == null ? ContractTerms.none() : contracts;
        }

        /** Without a regional contract (nothing ends, nothing is handed over). */
        public Setup(Clock clock, MeterRegistry meters, Supplier<TriageConfig> triageBase, Duration commandTimeout,
                     List<CentreExtension> extensions, ServiceRegion region) {
            this(clock, meters, triageBase, commandTimeout, extensions, region, ContractTerms.none());
        }

        /**
         * For tools and tests: the shipped triage index and rules, no metrics kept, 30 s to confirm a command, the
         * region unchecked.
         */
        public static Setup defaults(Clock clock, List<CentreExtension> extensions) {
            return new Setup(clock, new SimpleMeterRegistry(), TriageConfigFiles::shipped, Duration.ofSeconds(30),
                    extensions, ServiceRegion.unchecked());
        }

        public Setup withRegion(ServiceRegion checkedRegion) {
            return new Setup(clock, meters, triageBase, commandTimeout, extensions, checkedRegion, contracts);
        }

        public Setup withContracts(ContractTerms terms) {
            return new Setup(clock, meters, triageBase, commandTimeout, extensions, region, terms);
        }
    }

    private final Journal journal;
    private final EventCodec codec;
    private final CommandLoop<CentreState> loop;
    private final Duration commandTimeout;
    private final CommandPort direct;
    private final CallFollowUps followUps = new CallFollowUps(() -> this.processes);
    private volatile CallProcesses processes;
    private ShiftTimer shiftTimer;
    private volatile ContractTimer contractTimer;
    private Scheduler scheduler;

    private Centre(Journal journal, EventCodec codec, CommandLoop<CentreState> loop, Duration commandTimeout) {
        this.journal = journal;
        this.codec = codec;
        this.loop = loop;
        this.commandTimeout = commandTimeout;
        this.direct = new CommandPort() {
            @Override
            public <R> R execute(Actor actor, Command<CentreState, R> command) {
                return loop.execute(actor, command, commandTimeout);
            }

            @Override
            public <T> T read(Function<? super CentreState, T> query) {
                return loop.read(query);
            }
        };
    }

    /**
     * Opens the journal, replays it into a fresh state and starts the writer. Nothing runs on its own yet: a tool
     * reads and acts; a server then calls {@link #startProcesses}.
     */
    public static Centre open(JournalSettings settings, Setup setup) {
        return open(new JdbcJournal(JournalDatabase.open(settings)), settings.maxBatch(), setup);
    }

    /**
     * The same as one node of several on a shared (PostgreSQL) journal: without the writer lease the centre starts as
     * a standby that follows the journal, serves reads and refuses commands with
     * {@link se.larmcentral.journal.NotActiveException}, and takes over when the lease runs out.
     */
    public static Centre open(JournalSettings settings, se.larmcentral.journal.ClusterSettings cluster, Setup setup) {
        return open(new JdbcJournal(JournalDatabase.open(settings), cluster), settings.maxBatch(), setup);
    }

    /**
     * The same on any journal: the database's, or an in-memory one for a simulation. The centre owns the journal
     * from here (it closes it). Refused with {@link se.larmcentral.journal.JournalInUseException} naming the holder
     * when another centre writes to the journal.
     */
    public static Centre open(Journal journal, int maxBatch, Setup setup) {
        try {
            EventCodec codec = eventTypes(new EventCodec(), setup.extensions());
            HandedOverIncidents handedOver = new HandedOverIncidents();
            Supplier<CentreState> emptyState = emptyState(setup, handedOver);
            EventValues values = new EventValues();
            CommandLoop<CentreState> loop = new CommandLoop<>(journal, codec, emptyState, setup.clock(),
                    setup.meters(), maxBatch).checkingEvents((event, now) -> {
                        values.check(event, now);
                        handedOver.check(event, now);
                    }).start();
            return new Centre(journal, codec, loop, setup.commandTimeout());
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** A fresh, empty state of a centre set up so, for each call. */
    static Supplier<CentreState> emptyState(Setup setup) {
        return emptyState(setup, new HandedOverIncidents());
    }

    private static Supplier<CentreState> emptyState(Setup setup, HandedOverIncidents handedOver) {
        MunicipalityRegistry municipalities = MunicipalityRegistryFile.standard();
        return () -> new CentreState(municipalities, setup.triageBase(), setup.extensions(), setup.region(),
                setup.contracts(), handedOver);
    }

    /** Every event type the centre records, by module, and those of the running front's extensions. */
    static EventCodec eventTypes(EventCodec codec, List<CentreExtension> extensions) {
        // The shift log's and the accounts' events were recorded by the server module before the centre had its own:
        // journals hold them as server.*, and keep that name.
        codec.register(ShiftLogEvent.class, "server")
                .register(SocialEvent.class)
                .register(TriageEvent.class)
                .register(PublicationEvent.class)
                .register(DispatchEvent.class)
                .register(CallEvent.class)
                .register(AccountEvent.class, "server")
                .register(DeskEvent.class, "centre")
                .register(ConnectEvent.class, "centre")
                .register(ContractEvent.class, "contract")
                .register(WarningEvent.class)
                .register(MajorIncidentEvent.class)
                .register(se.larmcentral.centre.exchange.ExchangeEvent.class, "centre")
                .register(se.larmcentral.centre.lines.LineEvent.class, "centre");
        extensions.forEach(extension -> codec.register(extension.events(), extension.journalModule()));
        return codec;
    }

    /**
     * Starts what works on its own, on {@code scheduler}'s time: the call processes (first resuming what a stop
     * left undone) and the shift timer.
     */
    public synchronized Centre startProcesses(Scheduler scheduler, CallProcesses.StepObserver observer) {
        if (processes != null) {
            return this;
        }
        CallProcesses started = new CallProcesses(direct, observer);
        // a standby's processes wait: the active node runs the steps; on a takeover, the due ones resume here
        loop.subscribe(batch -> {
            if (loop.isActive()) {
                started.onCommitted(batch.stream().map(Committed::recorded).toList());
            }
        });
        loop.onRoleChange(nowActive -> {
            if (nowActive) {
                started.start(loop.lastSequence());
            }
        });
        if (loop.isActive()) {
            started.start(loop.lastSequence());
        }
        this.processes = started;
        this.scheduler = scheduler;
        this.shiftTimer = new ShiftTimer(direct.as(ShiftTimer.ACTOR), scheduler.clock()).start(scheduler, ShiftTimer.PERIOD);
        this.contractTimer = new ContractTimer(direct.as(ContractTimer.ACTOR), scheduler.clock())
                .start(scheduler);
        return this;
    }

    public Centre startProcesses(Scheduler scheduler) {
        return startProcesses(scheduler, CallProcesses.StepObserver.NONE);
    }

    @Override
    public <R> R execute(Actor actor, Command<CentreState, R> command) {
        R result = loop.execute(actor, command, CommandKeys.next(), commandTimeout);
        CallProcesses running = processes;
        if (running != null) {
            running.awaitSettled(loop.lastSequence(), commandTimeout);
        }
        return result;
    }

    @Override
    public <T> T read(Function<? super CentreState, T> query) {
        return loop.read(query);
    }

    /**
     * The regional contract's reminders and hand-over, once {@link #startProcesses} has run (null before); a front
     * that exports handed-over incidents registers with {@link ContractTimer#onHandedOver}.
     */
    public ContractTimer contractTimer() {
        return contractTimer;
    }

    /** A call's follow-ups as operators ask for them (classify, retry, dispatch). */
    public CallFollowUps followUps() {
        return followUps;
    }

    public CommandLoop<CentreState> loop() {
        return loop;
    }

    public EventCodec codec() {
        return codec;
    }

    public Journal journal() {
        return journal;
    }

    /** Stops the timers and processes (each after the step in hand), then the writer, then the database. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        if (processes != null) {
            processes.close();
        }
        new JournalShutdown(loop, journal).close();
    }
}
