package se.larmcentral.bench.events;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import se.larmcentral.calls.CallEvent;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.calls.CivicAddress;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.centre.EventValues;
import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The centre's check of every event's values ({@link EventValues}) over one call's life (eight events, a position
 * with a civic address among them), beside the JSON encoding of the same events, which every event costs anyway.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventCheckBenchmark {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Actor OPERATOR = Actor.person("operator-7");

    private final EventValues values = new EventValues();
    private final EventCodec codec = new EventCodec().register(CallEvent.class);
    private final List<DomainEvent> callLife = List.of(
            new CallEvent.CallQueued("C-20261207-0001", DialledLine.service(ServiceNumber.EMERGENCY_112),
                    PhoneNumber.parse("callerNumber", "+46701234567"), NOW.minusSeconds(6), NOW),
            new CallEvent.PositionReported("C-20261207-0001", new ReportedPosition(new GeoPoint(59.3429, 18.0498), 12.5, 68,
                    PositionSource.AML_HTTPS, "GNSS", NOW.minusSeconds(8), new CivicAddress(Map.of("country", "SE",
                    "A1", "Stockholms län", "A3", "Stockholm", "RD", "Sveavägen", "HNO", "44", "PC", "11134"))),
                    new MunicipalityLocation("0180", "Stockholm", "in 0180 Stockholm by the SCB boundaries"), NOW),
            new CallEvent.CallAnswered("C-20261207-0001", NOW),
            new CallEvent.CallClassified("C-20261207-0001", Classification.CARE,
                    "man 70, chest pain since an hour, breathing heavily", "", "", NOW),
            new CallEvent.CaseLinked("C-20261207-0001", CaseLinkKind.TRIAGE_ASSESSMENT, "TC-20261207-0001",
                    "triage started", NOW),
            new CallEvent.MunicipalityChosen("C-20261207-0001", "0180", "Stockholm", "caller says Stockholm", NOW),
            new CallEvent.CallHandled("C-20261207-0001", "ambulance sent, priority 1", NOW),
            new CallEvent.CallClosed("C-20261207-0001", NOW));

    @Benchmark
    public void checkCallLife() {
        for (DomainEvent event : callLife) {
            values.check(event, NOW);
        }
    }

    @Benchmark
    public void encodeCallLifeBaseline(Blackhole sink) {
        long sequence = 1;
        for (DomainEvent event : callLife) {
            sink.consume(codec.encode(sequence++, NOW, OPERATOR, event));
        }
    }
}
