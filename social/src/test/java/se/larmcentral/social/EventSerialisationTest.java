package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.social.Fixture.local;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.ServiceNumber;

/**
 * Events are plain records: Jackson writes and reads every one of them without annotations. The event types
 * come from the sealed interface, so a new event fails here until {@link #recordedSamples()} records one.
 */
class EventSerialisationTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final Map<Class<?>, SocialEvent> SAMPLES = recordedSamples();

    static Stream<Class<?>> eventTypes() {
        return Arrays.stream(SocialEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventTypeSurvivesAJsonRoundTrip(Class<?> type) throws Exception {
        assertThat(type.isRecord()).as(type.getSimpleName() + " is a record").isTrue();
        SocialEvent sample = SAMPLES.get(type);
        assertThat(sample).as("no command below records a " + type.getSimpleName() + "; add one").isNotNull();
        String json = MAPPER.writeValueAsString(sample);
        assertThat(MAPPER.readValue(json, type)).as(json).isEqualTo(sample);
    }

    /** The first recorded event of each type, from commands that between them record every type with full values. */
    private static Map<Class<?>, SocialEvent> recordedSamples() {
        Fixture f = new Fixture().jour("sydost");
        f.submit(new ChangeJour(new Jour("sydost", "Socialjour Sydost", Fixture.JOUR_NUMBER, true, "vardagar 16-08",
                "talsvar hänvisar till växeln")));
        Schedule schedule = new Schedule(List.of(new WeeklyWindow(java.time.DayOfWeek.FRIDAY, Window.parse("w", "18:00-01:00"))),
                List.of(new DayTypeRule(DayType.EVE, List.of(Window.parse("w", "08:00-01:30")))),
                List.of(new DateRule(LocalDate.of(2025, 12, 24), List.of(Window.parse("w", "10:00-02:00")))));
        String id = f.submit(new AddAgreement(Fixture.NACKA, "sydost", AgreementKind.EXTENDED, LocalDate.of(2018, 1, 1), null,
                Fixture.OTHER_NUMBER, null, "Fråga efter adressen.", "Ring växeln.", true, schedule,
                List.of(new OneOffChange("nyar", LocalDateTime.parse("2025-12-31T12:00"), LocalDateTime.parse("2026-01-02T08:00"),
                        OneOffChange.Action.CONNECT, Fixture.OTHER_NUMBER, "Förstärkt nyårsjour"))));
        f.submit(new SetSchedule(id, Fixture.weekly("MONDAY 16:00-08:00")));
        f.submit(new SetAgreementTexts(id, "Ring växeln på 08-508 000 00.", "Fråga efter adress och telefon."));
        f.submit(new AddOneOffChange(id, new OneOffChange("stangt", LocalDateTime.parse("2026-02-01T00:00"),
                LocalDateTime.parse("2026-02-02T00:00"), OneOffChange.Action.CLOSE, null, "Stängt")));
        f.submit(new RemoveOneOffChange(id, "stangt"));
        f.submit(new EndAgreement(id, LocalDate.of(2027, 1, 1)));
        f.submit(new AddRosterShifts("sydost", List.of(Fixture.shift("2025-06-16T16:00", "2025-06-17T08:00", "Anna Berg", "070-111 11 11"))));
        f.submit(new ReplaceRoster("sydost", local("2025-06-16T00:00"), local("2025-06-18T00:00"),
                List.of(Fixture.shift("2025-06-16T18:00", "2025-06-17T06:00", "Bo Ek", "070-222 22 22"))));
        PhoneNumber direct = PhoneNumber.parse("n", "08-123 456 78");
        f.submit(new AssignDirectNumber(direct, Fixture.NACKA));
        f.submit(new RecordRoutedCall("c1", RouteRequest.parse(null, "+46812345678", null, "2025-06-16T20:00+02:00")));
        f.submit(new RemoveDirectNumber(direct));
        f.submit(new AddNoAgreementPolicyRow(new NoAgreementPolicy(local("2030-01-01T00:00"), NoAgreementPolicy.Action.REFER_POLICE,
                ServiceNumber.POLICE_114_14, "Hänvisa till polisen.")));
        f.submit(new DefineCustomer(new Customer("fastab", "Fastighets AB Exempel", Customer.Kind.COMPANY), null));
        Map<Class<?>, SocialEvent> samples = new LinkedHashMap<>();
        for (Recorded r : f.journal) {
            samples.putIfAbsent(r.event().getClass(), (SocialEvent) r.event());
        }
        return samples;
    }
}
