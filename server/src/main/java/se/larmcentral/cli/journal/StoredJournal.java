package se.larmcentral.cli.journal;

import se.larmcentral.centre.JournalInspection;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.Settings;
import se.larmcentral.core.UnavailableException;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.WriterLock;
import se.larmcentral.server.LarmServer;

import java.nio.file.Path;

/**
 * The stored centre's journal opened by a tool, holding its writer lock: refused, naming the holder, while a centre
 * runs on it (an embedded H2 file cannot even be opened then).
 */
final class StoredJournal implements AutoCloseable {

    final Settings settings;
    final JdbcJournal journal;
    final JournalInspection inspection;
    private final WriterLock lock;

    private StoredJournal(Settings settings, JdbcJournal journal, WriterLock lock) {
        this.settings = settings;
        this.journal = journal;
        this.lock = lock;
        this.inspection = new JournalInspection(journal, OfflineCentre.setup(settings));
    }

    static StoredJournal open(Path config) {
        Settings settings = OfflineCentre.settings(config);
        JdbcJournal journal;
        try {
            journal = new JdbcJournal(JournalDatabase.open(LarmServer.journalSettings(settings)));
        } catch (UnavailableException e) {
            throw OfflineCentre.inUse(settings, e);
        }
        try {
            return new StoredJournal(settings, journal, journal.lockWriter());
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    @Override
    public void close() {
        lock.close();
        journal.close();
    }
}
