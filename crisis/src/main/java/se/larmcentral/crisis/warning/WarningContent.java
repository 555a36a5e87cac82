package se.larmcentral.crisis.warning;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a public message says and where and when it applies: its CAP fields apart from the envelope (identifier,
 * sender, sent, msgType, references), which the lifecycle gives.
 *
 * @param texts     Swedish first, then optionally English; one CAP {@code info} block each
 * @param effective from when it applies; null: from its publication
 * @param onset     when the event is expected to begin; optional
 * @param expires   when it no longer applies (required: a public message without an end would stay current forever)
 */
public record WarningContent(WarningKind kind, WarningStatus status, WarningScope scope, Category category,
                             Urgency urgency, Severity severity, Certainty certainty, List<WarningText> texts,
                             List<WarningArea> areas, Instant effective, Instant onset, Instant expires) {

    /** The longest a message may run from its drafting: an update extends it. */
    public static final java.time.Duration LONGEST = java.time.Duration.ofDays(90);

    public WarningContent {
        texts = Copies.of(texts);
        areas = Copies.of(areas);
    }

    /** The content checked at {@code now}: every field named with its problem, or the content with its texts trimmed. */
    public static WarningContent checked(WarningContent c, Instant now) {
        if (c == null) {
            throw new InvalidInputException("content", "is missing");
        }
        require("kind", c.kind());
        require("status", c.status());
        require("scope", c.scope());
        require("category", c.category());
        require("urgency", c.urgency());
        require("severity", c.severity());
        require("certainty", c.certainty());
        if (c.texts().isEmpty() || c.texts().getFirst() == null || !WarningText.SWEDISH.equals(c.texts().getFirst().language())) {
            throw new InvalidInputException("texts", "must start with the Swedish text (language sv-SE)");
        }
        if (c.texts().size() > 2) {
            throw new InvalidInputException("texts", "holds " + c.texts().size() + " texts; Swedish and optionally English");
        }
        List<WarningText> texts = new ArrayList<>();
        for (int i = 0; i < c.texts().size(); i++) {
            texts.add(WarningText.checked("texts[" + i + "]", c.texts().get(i)));
        }
        if (texts.size() == 2 && !WarningText.ENGLISH.equals(texts.get(1).language())) {
            throw new InvalidInputException("texts[1].language", "must be en-US (the Swedish text comes first)");
        }
        if (c.areas().isEmpty()) {
            throw new InvalidInputException("areas", "is empty; name where the message applies");
        }
        if (c.areas().size() > 20) {
            throw new InvalidInputException("areas", "holds " + c.areas().size() + " areas; at most 20");
        }
        List<WarningArea> areas = new ArrayList<>();
        for (int i = 0; i < c.areas().size(); i++) {
            areas.add(WarningArea.checked("areas[" + i + "]", c.areas().get(i)));
        }
        if (c.kind() == WarningKind.INFORMATION_113_13 && areas.stream().allMatch(a -> a.municipalityCodes().isEmpty())) {
            throw new InvalidInputException("areas", "name no municipality: 113 13 information needs SCB municipality"
                    + " codes, by which call-takers find it for a caller");
        }
        if (c.expires() == null) {
            throw new InvalidInputException("expires", "is missing; a public message must say when it ends");
        }
        if (!c.expires().isAfter(now)) {
            throw new InvalidInputException("expires", "is " + SwedishTime.text(c.expires()) + ", already past (now "
                    + SwedishTime.text(now) + ")");
        }
        if (c.expires().isAfter(now.plus(LONGEST))) {
            throw new InvalidInputException("expires", "is more than " + LONGEST.toDays() + " days ahead; a public message"
                    + " is short-lived: give a nearer end and publish an update to extend it");
        }
        if (c.effective() != null && !c.expires().isAfter(c.effective())) {
            throw new InvalidInputException("expires", "must be after effective (" + SwedishTime.text(c.effective()) + ")");
        }
        if (c.onset() != null && c.onset().isAfter(c.expires())) {
            throw new InvalidInputException("onset", "must not be after expires (" + SwedishTime.text(c.expires()) + ")");
        }
        return new WarningContent(c.kind(), c.status(), c.scope(), c.category(), c.urgency(), c.severity(),
                c.certainty(), texts, areas, c.effective(), c.onset(), c.expires());
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "is missing");
        }
    }

    /** The Swedish text. */
    public WarningText swedish() {
        return texts.getFirst();
    }

    /** Whether one of its areas covers the municipality. */
    public boolean covers(String municipalityCode) {
        return areas.stream().anyMatch(a -> a.covers(municipalityCode));
    }
}
