package se.larmcentral.server.calls;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.larmcentral.calls.CallEvent;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.core.Actor;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.server.LarmServer;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.calls.CallsCentre.assertProblem;

/**
 * Issue 13's poisoned event: values that were acknowledged and then broke every read of the call for good. Each is
 * refused with 400 naming the field and nothing recorded; and an event already stored by an older version (put in the
 * journal directly, past every check) no longer makes a read, an answer, an abandon or the figures fail.
 */
class PoisonedInputApiTest {

    private static final Instant START = Instant.parse("2025-06-10T08:00:00Z");

    @TempDir
    Path dir;

    private CallsCentre centre;

    @AfterEach
    void stop() {
        if (centre != null) {
            centre.close();
        }
    }

    private CallsCentre started() {
        centre = new CallsCentre(dir, START);
        return centre;
    }

    private static String intake(String callId, String queuedAt) {
        return "{\"callId\": \"" + callId + "\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\""
                + (queuedAt == null ? "" : ", \"queuedAt\": \"" + queuedAt + "\"") + "}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
            "2025-06-09T07:59:59Z", "2025-06-10T08:00:03Z", "+999999999-12-31T23:59:59Z"})
    void anInstantOutsideThePlausibleWindowIsRefusedAndNothingIsRecorded(String queuedAt) {
        started();
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls", intake("W-1", queuedAt)), 400, "queuedAt", "check the sender's clock");
        assertThat(centre.lastSequence()).isEqualTo(before);
        assertThat(centre.read("/api/calls/queue").get("waiting").asInt()).isZero();
        assertThat(centre.get("/api/calls/W-1").statusCode()).isEqualTo(404);
    }

    @Test
    void instantsInsideTheWindowAreTaken() {
        started();
        centre.write("/api/calls", intake("W-2", "2025-06-09T08:00:00Z"), 201);
        centre.write("/api/calls", intake("W-3", "2025-06-10T08:00:02Z"), 201);
        assertThat(centre.read("/api/calls/queue").get("waiting").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C\\u0000-1", "C-\\u202E1", "C\\u200B-1", "../etc", "..", "a/b", "C 1", "-C1",
            "C\\u00001\\n", "Ç-1"})
    void anIdOutsideTheAlphabetIsRefusedAndNothingIsRecorded(String callId) {
        started();
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls", intake(callId, null)), 400, "callId");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "1000001", "-1", "\"NaN\""})
    void anUncertaintyBeyondPhysicalRangeIsRefused(String metres) {
        started();
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls", "{\"callId\": \"U-1\", \"dialled\": \"112\", \"position\": {\"lat\": 59.33,"
                + " \"lon\": 18.06, \"uncertaintyMetres\": " + metres + ", \"source\": \"PIDF_LO\"}}"), 400,
                "position.uncertaintyMetres");
        assertThat(centre.lastSequence()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"burglary \\u202Eyrt", "zero\\u200Bwidth", "nul\\u0000", "bell\\u0007"})
    void freeTextWithControlOrBidiCharactersIsRefused(String note) {
        started();
        centre.intake("T-1", "+46701234567");
        centre.write("/api/calls/T-1/answer", "{}", 200);
        long before = centre.lastSequence();
        assertProblem(centre.post("/api/calls/T-1/classify", "{\"classification\": \"POLICE\", \"note\": \"" + note + "\"}"),
                400, "note", "U+");
        assertThat(centre.lastSequence()).isEqualTo(before);
        centre.write("/api/calls/T-1/classify", "{\"classification\": \"POLICE\", \"note\": \"two\\nlines, åäö\"}", 200);
    }

    /** A handset with a wrong clock must never cost the centre a caller's position: the time is dropped, the point kept. */
    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2025-06-10T08:10:00Z"})
    void aPositionWithAnImplausibleTimeIsKeptWithoutTheTime(String timestamp) {
        started();
        centre.intake("L-1", "+46701234567");
        HttpResponse<String> answer = centre.post("/api/calls/L-1/pidf-lo", "application/pidf+xml",
                CallLocationApiTest.PIDF_HEAD + "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>59.33 18.06"
                        + "</gml:pos></gml:Point>" + CallLocationApiTest.PIDF_TAIL.replace("2025-06-10T08:00:01Z", timestamp));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode reported = centre.read("/api/calls/L-1").at("/call/position/reported/0/position");
        assertThat(reported.at("/point/lat").asDouble()).isEqualTo(59.33);
        assertThat(reported.path("determinedAt").isNull() || reported.path("determinedAt").isMissingNode()).isTrue();
    }

    @Test
    void aPositionWithAPlausibleTimeKeepsIt() {
        started();
        centre.intake("L-2", "+46701234567");
        HttpResponse<String> answer = centre.post("/api/calls/L-2/pidf-lo", "application/pidf+xml",
                CallLocationApiTest.PIDF_HEAD + "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>59.33 18.06"
                        + "</gml:pos></gml:Point>" + CallLocationApiTest.PIDF_TAIL.replace("2025-06-10T08:00:01Z",
                        "2025-06-10T07:59:30Z"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(centre.read("/api/calls/L-2").at("/call/position/reported/0/position/determinedAt").asText())
                .isEqualTo("2025-06-10T07:59:30Z");
    }

    @Test
    void dailyFiguresForTheYearOneAnswer() {
        started();
        JsonNode figures = centre.read("/api/calls/figures/daily?from=0001-01-01&to=0001-01-31");
        assertThat(figures.get("periods")).hasSize(31);
        centre.read("/api/calls/figures/hourly?date=0001-01-01");
    }

    /** An older version acknowledged it; it is in the journal. Reads, answers and figures must still work. */
    @Test
    void aPoisonedEventAlreadyInTheJournalBreaksNoRead() {
        started();
        centre.close();
        centre = null;
        EventCodec codec = new EventCodec().register(CallEvent.class);
        var settings = LarmServer.journalSettings(SettingsLoader.load(null, Map.of("LARM_DATA_DIR", dir.toString())));
        try (JdbcJournal journal = new JdbcJournal(JournalDatabase.open(settings))) {
            long next = journal.lastSequence() + 1;
            Instant poisoned = Instant.parse("-999999999-01-01T00:00:00Z");
            DialledLine line = DialledLine.service(ServiceNumber.EMERGENCY_112);
            journal.append(List.of(
                    codec.encode(next, START, Actor.person("older-version"),
                            new CallEvent.CallQueued("P-1", line, null, poisoned, START)),
                    codec.encode(next + 1, START, Actor.person("older-version"),
                            new CallEvent.CallQueued("P-2", line, null, poisoned, START)),
                    codec.encode(next + 2, START, Actor.person("older-version"),
                            new CallEvent.CallQueued("P-3", line, null, Instant.parse("0001-01-01T12:00:00Z"), START))));
        }
        started();
        centre.clock.advance(Duration.ofSeconds(5));

        JsonNode queue = centre.read("/api/calls/queue");
        assertThat(queue.get("waiting").asInt()).isEqualTo(3);
        assertThat(queue.at("/calls/0/waitSeconds").asDouble()).isPositive();
        centre.read("/api/calls/P-1");
        centre.read("/api/calls/figures/live");
        assertThat(centre.read("/api/calls/figures/daily?from=0001-01-01&to=0001-01-02").at("/periods/0/calls").asInt())
                .isEqualTo(1);
        centre.read("/api/calls/figures/hourly?date=0001-01-01");
        centre.write("/api/calls/P-1/answer", "{}", 200);
        centre.write("/api/calls/P-2/abandon", "{}", 200);
        centre.read("/api/calls/P-1");
        centre.read("/api/calls/P-2");
        HttpResponse<String> events = centre.get("/api/events?after=0");
        assertThat(events.statusCode()).isEqualTo(200);
    }
}
