package se.larmcentral.social.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.larmcentral.core.Actor;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.Recorded;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.AgreementAdded;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.JourDefined;
import se.larmcentral.social.SocialState;

/** A configuration's commands decided as one: later parts see the earlier ones, a refusal anywhere refuses all. */
class ApplyConfigurationTest {

    private static final Instant NOW = Instant.parse("2025-11-01T00:00:00Z");

    private final SocialState state = new SocialState(MunicipalityRegistryFile.standard());

    private static PlacedCommand jour(int index, String id) {
        return new PlacedCommand("jours[" + index + "]", new DefineJour(new Jour(id, "Socialjour " + id,
                se.larmcentral.core.PhoneNumber.parse("n", "08-465 004 00"), true, null, null)));
    }

    private static PlacedCommand basic(int index, String municipality, String jourId) {
        return new PlacedCommand("agreements[" + index + "]",
                AddAgreement.basic(municipality, jourId, LocalDate.of(2019, 1, 1), null, null, false, null));
    }

    @Test
    void allPartsAreDecidedInOrderAndAnsweredAsOneDecision() {
        Decision<List<String>> decision = new ApplyConfiguration(List.of(jour(0, "sydost"), basic(0, "0182", "sydost"),
                basic(1, "0138", "sydost"))).decide(state, NOW);
        assertThat(decision.result()).containsExactly("jours[0]", "agreements[0]", "agreements[1]");
        assertThat(decision.events()).hasSize(3);
        assertThat(decision.events().get(0)).isInstanceOf(JourDefined.class);
        assertThat(decision.events().subList(1, 3)).allMatch(AgreementAdded.class::isInstance);
        assertThat(state.jours()).as("deciding changes nothing").isEmpty();
    }

    @Test
    void aRefusedPartRefusesTheWholeNamingItsPlaceAndLeavesTheStateAsItWas() {
        for (var e : new DefineJour(new Jour("stockholm", "Socialjour Stockholm", null, false, null, null)).decide(state, NOW).events()) {
            state.apply(new Recorded(1, NOW, Actor.SYSTEM, e));
        }
        ApplyConfiguration config = new ApplyConfiguration(List.of(jour(0, "sydost"), basic(0, "0182", "sydost"),
                jour(1, "stockholm"), basic(1, "0138", "sydost")));
        assertThatThrownBy(() -> config.decide(state, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("jours[1]").hasMessageContaining("stockholm")
                .extracting(e -> ((DomainException) e).field()).asString().startsWith("jours[1]");
        assertThat(state.jours()).extracting(Jour::id).containsExactly("stockholm");
        assertThat(state.agreementsOf("0182")).isEmpty();
    }

    @Test
    void aLaterPartSeesWhatAnEarlierPartDecided() {
        ApplyConfiguration overlapping = new ApplyConfiguration(List.of(jour(0, "sydost"), basic(0, "0182", "sydost"),
                new PlacedCommand("agreements[1]", AddAgreement.basic("0182", "sydost", LocalDate.of(2020, 1, 1), null, null, false, null))));
        assertThatThrownBy(() -> overlapping.decide(state, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("agreements[1]").hasMessageContaining("0182/2019-01-01");
        assertThat(state.jours()).isEmpty();
    }
}
