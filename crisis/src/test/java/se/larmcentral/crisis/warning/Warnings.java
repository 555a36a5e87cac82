package se.larmcentral.crisis.warning;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.Recorded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A test's public messages: commands decided and applied in order, as the command loop would. */
public final class Warnings {

    public static final Instant T = Instant.parse("2026-12-07T21:00:00Z");
    public static final String SENDER = "larmcentral@example.se";

    public final PublicWarnings state = new PublicWarnings();
    public final List<DomainEvent> events = new ArrayList<>();
    private long sequence;

    public <R> R run(Command<PublicWarnings, R> command, Instant now) {
        Decision<R> decision = command.decide(state, now);
        for (DomainEvent event : decision.events()) {
            events.add(event);
            state.apply(new Recorded(++sequence, now, Actor.person("test"), event));
        }
        return decision.result();
    }

    /** A 113 13 message for Stockholm (0180) and Solna (0184) with a polygon, Swedish and English, expiring in 6 h. */
    public static WarningContent content(WarningKind kind) {
        return new WarningContent(kind, WarningStatus.ACTUAL, WarningScope.PUBLIC, Category.FIRE, Urgency.IMMEDIATE,
                Severity.SEVERE, Certainty.OBSERVED,
                List.of(new WarningText("sv-SE", "Brand i industribyggnad", "Stäng fönster och ventilation i Solna",
                                "Kraftig rök från en brand i en industribyggnad i Solna.", "Gå inomhus. Stäng dörrar, fönster och ventilation."),
                        new WarningText("en-US", "Industrial fire", "Close windows and ventilation in Solna",
                                "Heavy smoke from a fire in an industrial building in Solna.", "Go indoors. Close doors, windows and ventilation.")),
                List.of(new WarningArea("Solna och norra Stockholm", List.of("0184", "0180"),
                        List.of(new Polygon(List.of(new GeoPoint(59.36, 17.98), new GeoPoint(59.37, 18.03),
                                new GeoPoint(59.35, 18.04), new GeoPoint(59.36, 17.98)))))),
                T, T.plus(Duration.ofMinutes(5)), T.plus(Duration.ofHours(6)));
    }

    /** Drafted by anna, approved by bertil, published by anna. */
    public PublicWarning published(String identifier, Instant at) {
        run(new DraftWarning(identifier, SENDER, null, content(WarningKind.INFORMATION_113_13), "anna"), at);
        run(new ApproveWarning(identifier, "bertil"), at);
        return run(new PublishWarning(identifier, "anna"), at);
    }
}
