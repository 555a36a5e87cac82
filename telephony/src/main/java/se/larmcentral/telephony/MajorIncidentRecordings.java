package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.crisis.incident.MajorIncident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The recorded message of each major incident not ended (särskild händelse): its caller text spoken by espeak-ng
 * into {@code <incidentId>.wav} beside {@code queue.wav} (the text kept as {@code <incidentId>.txt}; made again when the
 * text is amended), within {@link #PERIOD} of the declaration, on a thread of its own so the phones never wait for it.
 * Without the announcements folder, espeak-ng or sox there is none, and callers hear {@code queue.wav}.
 */
final class MajorIncidentRecordings implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MajorIncidentRecordings.class);
    static final Duration PERIOD = Duration.ofSeconds(2);

    private final Path folder;
    private final CommandPort centre;
    private final Speaker speaker;
    private final Map<String, Announcement> recordings = new ConcurrentHashMap<>();
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telephony-speech");
        thread.setDaemon(true);
        return thread;
    });

    /** Speaks a text into a WAV file (SpokenMessage in use; a test's own). */
    @FunctionalInterface
    interface Speaker {
        void speak(String text, Path wav) throws IOException;
    }

    MajorIncidentRecordings(Path folder, CommandPort centre, Speaker speaker) {
        this.folder = folder;
        this.centre = centre;
        this.speaker = speaker;
    }

    /** Follows the centre's incidents every {@link #PERIOD}; nothing when there is no announcements folder. */
    MajorIncidentRecordings start() {
        if (folder != null) {
            worker.scheduleWithFixedDelay(this::refresh, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** The recording of the incident, when it is made. */
    Optional<Announcement> of(String incidentId) {
        return Optional.ofNullable(recordings.get(incidentId));
    }

    /** Makes or reads the recording of every incident not ended; forgets those of the ended ones. */
    void refresh() {
        try {
            List<MajorIncident> current = centre.read(s -> s.majorIncidents().current());
            Set<String> ids = current.stream().map(MajorIncident::id).collect(Collectors.toSet());
            recordings.keySet().retainAll(ids);
            for (MajorIncident m : current) {
                record(m);
            }
        } catch (RuntimeException e) {
            LOG.warn("telephony: the major incidents' recorded messages were not brought up to date: {}", e.getMessage());
        }
    }

    private void record(MajorIncident m) {
        Path wav = folder.resolve(m.id() + ".wav");
        Path said = folder.resolve(m.id() + ".txt");
        String key = m.callerText();
        try {
            boolean current = Files.isRegularFile(wav) && Files.isRegularFile(said)
                    && Files.readString(said).equals(m.callerText());
            Announcement loaded = recordings.get(m.id());
            if (current && loaded != null) {
                return;
            }
            if (!current) {
                if (key.equals(failed.get(m.id()))) {
                    return; // tried and failed for this text: once is logged
                }
                Files.createDirectories(folder);
                speaker.speak(m.callerText(), wav);
                Files.writeString(said, m.callerText());
                LOG.info("telephony: made the queue message of major incident {} ({})", m.id(), wav);
            }
            recordings.put(m.id(), WavFile.read(wav));
            failed.remove(m.id());
        } catch (IOException | InvalidInputException e) {
            failed.put(m.id(), key);
            recordings.remove(m.id());
            LOG.warn("telephony: no queue message for major incident {} ({}); its callers hear queue.wav", m.id(),
                    e.getMessage());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
