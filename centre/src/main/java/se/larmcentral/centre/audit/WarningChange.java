package se.larmcentral.centre.audit;

import se.larmcentral.core.Recorded;
import se.larmcentral.crisis.warning.PublicWarning;
import se.larmcentral.crisis.warning.PublicWarnings;
import se.larmcentral.crisis.warning.WarningArea;
import se.larmcentral.crisis.warning.WarningEvent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who drafted, approved, published, updated (by publishing an update), cancelled or imported a public message (VMA,
 * 113 13 information, CAP): the message before and after the event. It concerns the municipalities of its areas.
 */
final class WarningChange {

    /** The journal's names of the warning events ({@code crisis.WarningDrafted}, ...): only these rows are decoded. */
    static final Set<String> EVENT_TYPES = Arrays.stream(WarningEvent.class.getPermittedSubclasses())
            .map(type -> "crisis." + type.getSimpleName()).collect(Collectors.toUnmodifiableSet());

    private WarningChange() {
    }

    /** The entry for one warning event: {@code before} the state it was applied to, read again after applying it. */
    static Optional<AuditEntry> of(PublicWarnings state, Recorded recorded, String eventType, boolean listed) {
        if (!(recorded.event() instanceof WarningEvent event)) {
            return Optional.empty();
        }
        Object before = state.find(event.identifier()).orElse(null);
        state.apply(recorded);
        if (!listed) {
            return Optional.empty();
        }
        Object after;
        Set<String> municipalities = new TreeSet<>();
        String summary;
        if (event instanceof WarningEvent.WarningImported imported) {
            after = imported.warning();
            summary = "CAP message " + imported.identifier() + " from " + imported.warning().sender() + " imported";
        } else {
            PublicWarning w = state.find(event.identifier()).orElseThrow();
            after = w;
            w.content().areas().stream().map(WarningArea::municipalityCodes).forEach(municipalities::addAll);
            summary = w.content().kind().label() + " " + w.identifier() + " (\"" + w.content().swedish().headline()
                    + "\") " + switch (event) {
                case WarningEvent.WarningDrafted d -> d.references() == null ? "drafted" : "drafted as an update of " + d.references();
                case WarningEvent.WarningApproved a -> "approved (drafted by " + w.drafted().by() + ")";
                case WarningEvent.WarningPublished p -> w.references() == null ? "published"
                        : "published, replacing " + w.references();
                case WarningEvent.WarningCancelled c -> "cancelled" + (c.cancelIdentifier() == null ? " before publication"
                        : " by CAP Cancel " + c.cancelIdentifier()) + ": " + c.reason();
                case WarningEvent.WarningImported i -> "imported";
            };
        }
        return Optional.of(new AuditEntry(recorded.sequence(), recorded.at(), recorded.actor().id(),
                recorded.actor().kind().name(), eventType, AuditSubject.WARNINGS, event.identifier(),
                List.copyOf(municipalities), summary, before, after));
    }
}
