package se.larmcentral.server.social;

import se.larmcentral.core.DomainException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.server.auth.Scope;
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
            PhoneNumber number;
            try {
                number = PhoneNumber.parse("number", request.context().pathParamMap().get(param));
            } catch (DomainException | NullPointerException e) {
                return Set.of();
            }
            return request.read(s -> s.social().directNumber(number).map(DirectNumber::municipality)
                    .map(Set::of).orElse(Set.of()));
        });
    }

    private static Set<String> servedNowOrLater(SocialState social, String jourId, Instant now) {
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
