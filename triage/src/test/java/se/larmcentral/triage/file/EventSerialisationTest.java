package se.larmcentral.triage.file;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.triage.PublicationEvent;
import se.larmcentral.triage.TriageEvent;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every triage event (and publication) is plain data: it goes through Jackson and back unchanged, without annotations. */
class EventSerialisationTest {

    static Stream<DomainEvent> events() {
        Actor nurse = Actor.person("nurse-anna");
        return Stream.of(
                new TriageEvent.AssessmentStarted("c1", "generic-2025.1", null, "stockholm-2016.1"),
                new TriageEvent.AssessmentStarted("c1", "generic-2025.1", "chest-pain", null),
                new TriageEvent.ChapterChosen("c1", "stroke"),
                new TriageEvent.QuestionsAsked("c1", List.of("conscious", "breathing-normally")),
                new TriageEvent.AnswerRecorded("c1", "conscious", false),
                new TriageEvent.CriterionProposed("c1", "A.01.01", 1, true, List.of("A.01.01 matches: conscious: no")),
                new TriageEvent.CriterionConfirmed("c1", "A.01.01", 1, true, "generic-2025.1", nurse),
                new TriageEvent.PriorityOverridden("c1", "H.04.06", 2, 2, 1, "reason", "generic-2025.1", nurse),
                new TriageEvent.Reprioritised("c1", "A.17.02", 3, 1, "worse", "generic-2025.1", nurse),
                new PublicationEvent.IndexPublished("generic-2025.2", "format: larmcentral-medical-index/1\n",
                        Actor.person("medical-director")),
                new PublicationEvent.ResponseRulesPublished("Region Stockholm", "stockholm-2026.1",
                        "format: larmcentral-response-rules/1\n", Actor.person("medical-director")));
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTrips(DomainEvent event) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(event);
        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
    }

    @org.junit.jupiter.api.Test
    void everyPermittedEventTypeIsCovered() {
        assertThat(events().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(Stream.concat(Stream.of(TriageEvent.class.getPermittedSubclasses()),
                        Stream.of(PublicationEvent.class.getPermittedSubclasses())).toArray(Class<?>[]::new));
    }
}
