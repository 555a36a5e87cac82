package se.larmcentral.crisis.incident;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.Recorded;
import se.larmcentral.crisis.incident.MajorIncidentEvent.*;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.StoredEvent;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every major-incident event survives the journal's JSON codec unchanged, under the name {@code crisis.<Record>}. */
class JournalCodecTest {

    static final Instant T = Instant.parse("2026-12-07T20:00:00.123Z");

    @Test
    void everyEventTypeHasASampleAndRoundTrips() {
        List<MajorIncidentEvent> samples = List.of(
                new MajorIncidentDeclared("major-1", MajorIncidentType.CBRN, List.of("0180"),
                        List.of(new GeoPoint(59.3, 18.0), new GeoPoint(59.4, 18.0), new GeoPoint(59.4, 18.1)), T,
                        T.plusSeconds(3600), "Gasutsläpp", "Stäng fönster och dörrar.", "sup-1"),
                new MajorIncidentAmended("major-1", List.of(), List.of(new GeoPoint(59.3, 18.0),
                        new GeoPoint(59.4, 18.0), new GeoPoint(59.4, 18.1)), T.plusSeconds(7200), "a", "b", "", "sup-2"),
                new MajorIncidentEnded("major-1", "over", "sup-1"),
                new MajorIncidentCallMarked("major-1", "c-1"));
        assertThat(samples.stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(MajorIncidentEvent.class.getPermittedSubclasses()));
        EventCodec codec = new EventCodec().register(MajorIncidentEvent.class);
        long sequence = 0;
        for (MajorIncidentEvent event : samples) {
            StoredEvent stored = codec.encode(++sequence, T, Actor.person("sup-1"), event);
            assertThat(stored.type()).isEqualTo("crisis." + event.getClass().getSimpleName());
            Recorded back = codec.decode(stored);
            assertThat(back.event()).as(stored.payload()).isEqualTo(event);
        }
    }
}
