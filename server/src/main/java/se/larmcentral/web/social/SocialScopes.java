package se.larmcentral.web.social;

import se.larmcentral.core.DomainException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.web.auth.Scope;
import se.larmcentral.social.Agreement;
import se.larmcentral.social.DirectNumber;
import se.larmcentral.social.SocialState;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** The municipalities a social request touches, looked up in the social state, for municipality administrators. */
final class SocialScopes {

    /** The municipality in the path, e.g. {@code {code}} or an agreement's {@code {municipality}}. */
    static final Scope PATH_CODE = Scope.pathParam("code", "the municipality in the path");
    static final Scope AGREEMENT = Scope.pathParam("municipality", "the agreement's municipality");
    /** A creation names its municipality in the body. */
    static final Scope BODY = Scope.bodyField("municipality", "the municipality in the body");
    /**
     * A direct number's assignment touches the body's municipality and, when the number already belongs to one, that
     * municipality too: another municipality's number is refused like any foreign data (403, nothing said about whose
     * it is), where the command's conflict would name its owner.
     */
    static final Scope DIRECT_NUMBER_CREATION = new Scope("the municipality in the body (and the number's, if it has one)",
            Scope.Match.ALL, request -> {
        Set<String> touched = BODY.resolver().touched(request);
        if (touched.isEmpty()) {
            return touched;
        }
        Set<String> owners = request.jsonBody().map(body -> body.get("number"))
                .filter(com.fasterxml.jackson.databind.JsonNode::isTextual)
                .map(node -> owner(request, node.asText())).orElse(Set.of());
        return owners.isEmpty() ? touched : java.util.stream.Stream.concat(touched.stream(), owners.stream())
                .collect(Collectors.toUnmodifiableSet());
    });
    static final Scope QUERY = Scope.queryParam("municipality", "the municipality asked for (municipality=CODE)");

    /**
     * A jour belongs to every municipality whose agreement with it has not ended (in force or still to come): the
     * administrator of any of them may change it and its roster (Sydost serves Nacka, Tyresö and Värmdö). An unknown
     * jour belongs to nobody.
     */
    static Scope jour(String param) {
        return new Scope("a municipality the jour serves", Scope.Match.ANY, request -> {
            String id = request.context().pathParamMap().get(param);
            Instant now = request.now();
            return request.read(s -> servedNowOrLater(s.social(), id, now));
        });
    }

    /** The municipality a direct number in the path belongs to; an unknown or unreadable number belongs to nobody. */
    static Scope directNumber(String param) {
        return new Scope("the number's municipality", Scope.Match.ALL, request -> {
            return owner(request, request.context().pathParamMap().get(param));
        });
    }

    /** The municipality a number belongs to; empty for an unknown or unreadable number. */
    private static Set<String> owner(se.larmcentral.web.auth.RequestFacts request, String text) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parse("number", text);
        } catch (DomainException | NullPointerException e) {
            return Set.of();
        }
        return request.read(s -> s.social().directNumber(number).map(DirectNumber::municipality)
                .map(Set::of).orElse(Set.of()));
    }

    static Set<String> servedNowOrLater(SocialState social, String jourId, Instant now) {
        if (jourId == null || social.jour(jourId).isEmpty()) {
            return Set.of();
        }
        return social.municipalitiesServedBy(jourId).stream()
                .filter(code -> social.agreementsOf(code).stream()
                        .anyMatch(a -> a.jourId().equals(jourId) && endsAfter(a, now)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean endsAfter(Agreement agreement, Instant now) {
        return agreement.endInstant().isAfter(now);
    }

    private SocialScopes() {
    }
}
