package se.larmcentral.crisis.warning;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.crisis.warning.WarningEvent.WarningDrafted;

import java.time.Instant;

/**
 * Drafts a public message, or an update of a published one ({@code references} its identifier). Nothing is public
 * until another person approves it and someone publishes it.
 *
 * @param identifier the new CAP identifier (the front generates one); never reused, also not by a Cancel message
 * @param sender     the centre's CAP sender
 * @param draftedBy  the person drafting (an account name)
 */
public record DraftWarning(String identifier, String sender, String references, WarningContent content,
                           String draftedBy) implements Command<PublicWarnings, PublicWarning> {

    @Override
    public Decision<PublicWarning> decide(PublicWarnings state, Instant now) {
        String id = Identifier.require("identifier", identifier);
        String from = Identifier.require("sender", sender);
        String by = Texts.required("draftedBy", draftedBy, 200, false);
        WarningContent checked = WarningContent.checked(content, now);
        if (state.taken(id)) {
            throw new ConflictException("identifier", "identifier " + id + " is already used; CAP identifiers are never reused");
        }
        if (references != null) {
            PublicWarning earlier = state.find(Identifier.require("references", references)).orElseThrow(() ->
                    new NotFoundException("references", "unknown message '" + references + "'"));
            Verdict verdict = WarningLifecycle.update(earlier, checked.kind(), now);
            if (!verdict.allowed()) {
                throw new ConflictException("references", verdict.reason());
            }
        }
        WarningDrafted event = new WarningDrafted(id, from, references, checked, by, now);
        return Decision.of(new PublicWarning(id, from, references, checked, Stage.DRAFT, new Step(by, now), null, null,
                null, null, null, null, null), event);
    }

    static PublicWarning known(PublicWarnings state, String identifier) {
        String id = Identifier.require("identifier", identifier);
        return state.find(id).orElseThrow(() -> new NotFoundException("identifier", "unknown message '" + id + "'"));
    }

    static String person(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        return Texts.required(field, name, 200, false);
    }
}
