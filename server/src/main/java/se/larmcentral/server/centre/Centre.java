package se.larmcentral.server.centre;

import io.micrometer.core.instrument.MeterRegistry;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalSettings;

import se.larmcentral.calls.CallEvent;
import se.larmcentral.dispatch.DispatchEvent;
import se.larmcentral.server.auth.accounts.AccountEvent;
import se.larmcentral.server.demo.DemoEvent;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.SocialEvent;
import se.larmcentral.social.file.MunicipalityRegistryFile;
import se.larmcentral.triage.PublicationEvent;
import se.larmcentral.triage.TriageConfig;
import se.larmcentral.triage.TriageEvent;
import se.larmcentral.triage.file.TriageConfigFiles;

import java.time.Clock;
import java.util.function.Supplier;

/** One running centre: its journal database, its command loop and the event types it records. */
public final class Centre implements AutoCloseable {

    private final JournalDatabase database;
    private final EventCodec codec;
    private final CommandLoop<CentreState> loop;

    private Centre(JournalDatabase database, EventCodec codec, CommandLoop<CentreState> loop) {
        this.database = database;
        this.codec = codec;
        this.loop = loop;
    }

    /** Opens the journal with the shipped triage index and rules as the base (for tools and tests). */
    public static Centre open(JournalSettings settings, Clock clock, MeterRegistry meters) {
        return open(settings, clock, meters, TriageConfigFiles::shipped);
    }

    /**
     * Opens the journal, replays it into a fresh state and starts the writer.
     *
     * @param triageBase the configured triage index and rules, asked for when first needed (index and rules
     *                   versions published since are in the journal and take over from it)
     */
    public static Centre open(JournalSettings settings, Clock clock, MeterRegistry meters,
                              Supplier<TriageConfig> triageBase) {
        JournalDatabase database = JournalDatabase.open(settings);
        try {
            EventCodec codec = eventTypes(new EventCodec());
            MunicipalityRegistry municipalities = MunicipalityRegistryFile.standard();
            CommandLoop<CentreState> loop = new CommandLoop<>(database, codec,
                    () -> new CentreState(municipalities, triageBase), clock, meters).start();
            return new Centre(database, codec, loop);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Every event type the centre records, by module. */
    static EventCodec eventTypes(EventCodec codec) {
        return codec.register(ShiftLogEvent.class)
                .register(SocialEvent.class)
                .register(TriageEvent.class)
                .register(PublicationEvent.class)
                .register(DispatchEvent.class)
                .register(CallEvent.class)
                .register(DemoEvent.class)
                .register(AccountEvent.class);
    }

    public CommandLoop<CentreState> loop() {
        return loop;
    }

    public EventCodec codec() {
        return codec;
    }

    public JournalDatabase database() {
        return database;
    }

    @Override
    public void close() {
        loop.close();
        database.close();
    }
}
