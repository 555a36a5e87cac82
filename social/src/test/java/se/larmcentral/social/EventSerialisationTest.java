package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Events are plain records: Jackson writes and reads every one of them without annotations. */
class EventSerialisationTest {

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void everyRecordedEventSurvivesAJsonRoundTrip() throws Exception {
        Fixture f = RandomSocialState.build(11, "0114", "0115", "0117", "0120", "0123");
        f.submit(new AssignDirectNumber(se.larmcentral.core.PhoneNumber.parse("n", "08-123 456 78"), "0114"));
        f.submit(new RecordRoutedCall("c1", RouteRequest.parse("0114", null, null, "2025-06-01T12:00+02:00")));
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        for (var r : f.journal) {
            String json = mapper.writeValueAsString(r.event());
            Object back = mapper.readValue(json, r.event().getClass());
            assertThat(back).as(json).isEqualTo(r.event());
            seen.add(r.event().getClass());
        }
        assertThat(seen).contains(JourDefined.class, AgreementAdded.class, RosterShiftsAdded.class, OneOffChangeAdded.class,
                DirectNumberAssigned.class, CallRouted.class);
    }
}
