package se.larmcentral.social;

import java.time.Instant;
import java.util.List;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

/**
 * Changes a jour; every municipality it serves follows. Refused when an agreement not yet ended would lose
 * what it relies on (a basic agreement without its own forwarding number needs the jour's number answered
 * round the clock). Answers the municipalities served.
 */
public record ChangeJour(Jour jour) implements Command<SocialState, List<String>> {

    @Override
    public Decision<List<String>> decide(SocialState state, Instant now) {
        state.requireJour("jour", jour.id());
        for (String municipality : state.municipalitiesServedBy(jour.id())) {
            for (Agreement a : state.agreementsOf(municipality)) {
                if (a.jourId().equals(jour.id()) && a.endInstant().isAfter(now)) {
                    AgreementRules.requireReachable(a, jour);
                }
            }
        }
        return Decision.of(state.municipalitiesServedBy(jour.id()), new JourChanged(jour));
    }
}
