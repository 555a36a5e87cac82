package se.larmcentral.centre.warnings;

import se.larmcentral.calls.PublishCrisisMessage;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.crisis.warning.PublicWarning;
import se.larmcentral.crisis.warning.PublishWarning;
import se.larmcentral.crisis.warning.WarningArea;
import se.larmcentral.crisis.warning.WarningContent;
import se.larmcentral.crisis.warning.WarningKind;
import se.larmcentral.crisis.warning.WarningText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a public message and, for 113 13 information, in the same commit the calls module's crisis message under
 * the same identifier: what call-takers read to 113 13 callers from the caller's municipality (and what a classified
 * 113 13 call names as {@code crisisMessageId}, so the topics asked about are counted against it). An update also
 * withdraws the crisis message of the message it replaces.
 */
public record PublishWarningFor11313(String identifier, String publishedBy)
        implements Command<CentreState, PublicWarning> {

    @Override
    public Decision<PublicWarning> decide(CentreState state, Instant now) {
        Decision<PublicWarning> published = new PublishWarning(identifier, publishedBy).decide(state.warnings(), now);
        PublicWarning w = published.result();
        if (w.content().kind() != WarningKind.INFORMATION_113_13) {
            return published;
        }
        List<DomainEvent> events = new ArrayList<>(published.events());
        if (w.references() != null && state.calls().crisisMessage(w.references()).filter(m -> m.withdrawnAt() == null).isPresent()) {
            events.addAll(new se.larmcentral.calls.WithdrawCrisisMessage(w.references(), "replaced by " + w.identifier())
                    .decide(state.calls(), now).events());
        }
        WarningContent c = w.content();
        WarningText sv = c.swedish();
        List<String> codes = c.areas().stream().map(WarningArea::municipalityCodes).flatMap(List::stream).distinct().toList();
        String text = sv.headline() + "\n\n" + sv.description() + (sv.instruction() == null ? "" : "\n\n" + sv.instruction());
        Instant from = c.effective() == null ? now : c.effective();
        events.addAll(new PublishCrisisMessage(w.identifier(), sv.event(), text, codes, from, c.expires(),
                w.approved().by()).decide(state.calls(), now).events());
        return Decision.of(w, events);
    }
}
