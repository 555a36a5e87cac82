package se.larmcentral.web.social;

import com.fasterxml.jackson.databind.JsonNode;
import se.larmcentral.social.SocialState;

import java.time.Instant;
import java.util.Set;

/**
 * Which municipalities a recorded social event concerns, read from its stored payload, so the journal's stream can
 * show a municipality administrator their own: an agreement's events its municipality's, a jour's and its roster's
 * those of every municipality it serves now or later (the current state's view: a jour's event from before a
 * municipality joined it shows too), a direct number's its owner's, a routed call its municipality's. The centre-wide
 * no-agreement policy concerns no municipality in particular.
 */
public final class SocialEventConcerns {

    private static final String SOCIAL = "social.";

    private SocialEventConcerns() {
    }

    public static boolean isSocial(String type) {
        return type.startsWith(SOCIAL);
    }

    /** @param type the journal's type, e.g. {@code social.RosterReplaced}; empty for a type it does not know */
    public static Set<String> municipalities(String type, JsonNode payload, SocialState state, Instant now) {
        return switch (type.substring(type.indexOf('.') + 1)) {
            case "AgreementAdded" -> text(payload.path("agreement").path("municipality"));
            case "AgreementEnded", "ScheduleSet", "AgreementTextsSet", "OneOffChangeAdded", "OneOffChangeRemoved" ->
                    text(payload.path("agreementId")).stream().map(id -> id.split("/")[0]).collect(java.util.stream.Collectors.toSet());
            case "JourDefined", "JourChanged" -> jour(state, payload.path("jour").path("id").asText(null), now);
            case "RosterShiftsAdded", "RosterReplaced" -> jour(state, payload.path("jourId").asText(null), now);
            case "DirectNumberAssigned" -> text(payload.path("directNumber").path("municipality"));
            case "DirectNumberRemoved", "CallRouted" -> text(payload.path("municipality"));
            default -> Set.of();
        };
    }

    private static Set<String> jour(SocialState state, String jourId, Instant now) {
        return SocialScopes.servedNowOrLater(state, jourId, now);
    }

    private static Set<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Set.of(node.asText()) : Set.of();
    }
}
