package se.larmcentral.crisis.warning;

import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;
import se.larmcentral.crisis.warning.WarningEvent.WarningApproved;
import se.larmcentral.crisis.warning.WarningEvent.WarningCancelled;
import se.larmcentral.crisis.warning.WarningEvent.WarningDrafted;
import se.larmcentral.crisis.warning.WarningEvent.WarningImported;
import se.larmcentral.crisis.warning.WarningEvent.WarningPublished;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The centre's public messages and the imported ones, from the journal. */
public final class PublicWarnings implements Projection {

    /** An imported message with who imported it and when. */
    public record Imported(ImportedWarning warning, String importedBy, Instant at) {
    }

    private final Map<String, PublicWarning> warnings = new LinkedHashMap<>();
    private final Map<String, String> cancelMessages = new HashMap<>();
    private final Map<String, Imported> imported = new LinkedHashMap<>();

    @Override
    public void apply(Recorded recorded) {
        if (!(recorded.event() instanceof WarningEvent event)) {
            return;
        }
        switch (event) {
            case WarningDrafted d -> warnings.put(d.identifier(), new PublicWarning(d.identifier(), d.sender(),
                    d.references(), d.content(), Stage.DRAFT, new Step(d.draftedBy(), d.at()), null, null, null, null,
                    null, null, null));
            case WarningApproved a -> warnings.computeIfPresent(a.identifier(),
                    (id, w) -> w.approve(new Step(a.approvedBy(), a.at())));
            case WarningPublished p -> {
                Step step = new Step(p.publishedBy(), p.at());
                PublicWarning w = warnings.computeIfPresent(p.identifier(), (id, old) -> old.publish(step));
                if (w != null && w.references() != null) {
                    warnings.computeIfPresent(w.references(), (id, earlier) -> earlier.updateBy(w.identifier(), step));
                }
            }
            case WarningCancelled c -> {
                warnings.computeIfPresent(c.identifier(),
                        (id, w) -> w.cancel(new Step(c.cancelledBy(), c.at()), c.cancelIdentifier(), c.reason()));
                if (c.cancelIdentifier() != null) {
                    cancelMessages.put(c.cancelIdentifier(), c.identifier());
                }
            }
            case WarningImported i -> imported.put(key(i.warning().sender(), i.warning().identifier()),
                    new Imported(i.warning(), i.importedBy(), i.at()));
        }
    }

    static String key(String sender, String identifier) {
        return sender + "\n" + identifier;
    }

    public Optional<PublicWarning> find(String identifier) {
        return Optional.ofNullable(warnings.get(identifier));
    }

    /** Whether an identifier is taken, by a message or by a Cancel message. */
    public boolean taken(String identifier) {
        return warnings.containsKey(identifier) || cancelMessages.containsKey(identifier);
    }

    /** Every message, newest drafted first (of two drafted at the same instant, the later recorded first). */
    public List<PublicWarning> all() {
        List<PublicWarning> list = new ArrayList<>(warnings.values());
        java.util.Collections.reverse(list);
        list.sort(Comparator.comparing((PublicWarning w) -> w.drafted().at()).reversed());
        return List.copyOf(list);
    }

    /** The published messages current at {@code now}, newest published first. */
    public List<PublicWarning> current(Instant now) {
        return all().stream().filter(w -> w.currentAt(now))
                .sorted(Comparator.comparing((PublicWarning w) -> w.published().at()).reversed()).toList();
    }

    /** Current 113 13 information (and VMA) for a municipality: what a call-taker reads to a caller from there. */
    public List<PublicWarning> currentFor(String municipalityCode, Instant now) {
        return current(now).stream().filter(w -> w.content().covers(municipalityCode)).toList();
    }

    /** Messages cancelled before they would have expired: their Cancel message stays in the feed until then. */
    public List<PublicWarning> cancelledBefore(Instant now) {
        return all().stream().filter(w -> w.stage() == Stage.CANCELLED && w.cancelIdentifier() != null
                && w.content().expires().isAfter(now)).toList();
    }

    /**
     * The CAP message published under {@code identifier}: a message (Alert or Update) once published, or the Cancel
     * message that withdrew one. Drafts and approved messages are not public and are not found.
     */
    public Optional<CapMessage> capMessage(String identifier) {
        String cancelled = cancelMessages.get(identifier);
        if (cancelled != null) {
            PublicWarning w = warnings.get(cancelled);
            return Optional.of(new CapMessage(identifier, w.sender(), w.cancelled().at(), MessageType.CANCEL,
                    referenceTo(w), w.cancelReason(), w.content(), w));
        }
        PublicWarning w = warnings.get(identifier);
        if (w == null || w.published() == null) {
            return Optional.empty();
        }
        PublicWarning earlier = w.references() == null ? null : warnings.get(w.references());
        return Optional.of(new CapMessage(w.identifier(), w.sender(), w.published().at(), w.messageType(),
                earlier == null ? null : referenceTo(earlier), null, w.content(), w));
    }

    /**
     * What the public feed offers at {@code now}: every current message, and the Cancel message of each one withdrawn
     * before it would have expired (so a receiver that saw it learns it is withdrawn), newest first.
     */
    public List<CapMessage> feed(Instant now) {
        List<CapMessage> feed = new ArrayList<>();
        current(now).forEach(w -> capMessage(w.identifier()).ifPresent(feed::add));
        cancelledBefore(now).forEach(w -> capMessage(w.cancelIdentifier()).ifPresent(feed::add));
        feed.sort(Comparator.comparing(CapMessage::sent).reversed());
        return List.copyOf(feed);
    }

    /** CAP's reference to an earlier message: {@code sender,identifier,sent}. */
    private static CapMessage.Reference referenceTo(PublicWarning w) {
        return new CapMessage.Reference(w.sender(), w.identifier(), w.published().at());
    }

    /** Imported messages, newest imported first. */
    public List<Imported> imported() {
        List<Imported> list = new ArrayList<>(imported.values());
        list.sort(Comparator.comparing(Imported::at).reversed());
        return List.copyOf(list);
    }

    public Optional<Imported> imported(String sender, String identifier) {
        return Optional.ofNullable(imported.get(key(sender, identifier)));
    }
}
