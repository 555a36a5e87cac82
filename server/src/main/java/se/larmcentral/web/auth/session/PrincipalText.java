package se.larmcentral.web.auth.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.core.Actor;

import java.util.HashSet;
import java.util.Set;

/** A single sign-on session's principal as stored with the session (JSON), and back. */
final class PrincipalText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PrincipalText() {
    }

    static String write(Principal principal) {
        ObjectNode node = JSON.createObjectNode();
        node.put("actor", principal.actor().id());
        node.put("kind", principal.actor().kind().name());
        principal.roles().forEach(role -> node.withArray("roles").add(role.name()));
        principal.municipalities().forEach(code -> node.withArray("municipalities").add(code));
        node.put("unit", principal.unitId());
        node.put("hospital", principal.hospitalId());
        return node.toString();
    }

    static Principal read(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            Set<Role> roles = new HashSet<>();
            node.path("roles").forEach(role -> roles.add(Role.valueOf(role.asText())));
            Set<String> municipalities = new HashSet<>();
            node.path("municipalities").forEach(code -> municipalities.add(code.asText()));
            return new Principal(new Actor(node.get("actor").asText(), Actor.Kind.valueOf(node.get("kind").asText())),
                    roles, municipalities, textOrNull(node.get("unit")), textOrNull(node.get("hospital")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored single sign-on session cannot be read", e);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
