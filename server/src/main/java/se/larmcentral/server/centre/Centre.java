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
import se.larmcentral.triage.TriageEvent;

import java.time.Clock;

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

    /** Opens the journal, replays it into a fresh state and starts the writer. */
    public static Centre open(JournalSettings settings, Clock clock, MeterRegistry meters) {
        JournalDatabase database = JournalDatabase.open(settings);
        try {
            EventCodec codec = eventTypes(new EventCodec());
            MunicipalityRegistry municipalities = MunicipalityRegistryFile.standard();
            CommandLoop<CentreState> loop = new CommandLoop<>(database, codec,
                    () -> new CentreState(municipalities), clock, meters).start();
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
