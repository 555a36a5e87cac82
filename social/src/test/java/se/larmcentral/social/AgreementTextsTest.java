package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;

/** An extended agreement's message and instructions: set one or both, the other kept; bad texts refused by name. */
class AgreementTextsTest {

    private final Fixture f = new Fixture().jour("sydost");
    private final String extended = f.submit(new AddAgreement(Fixture.NACKA, "sydost", AgreementKind.EXTENDED,
            LocalDate.of(2018, 1, 1), null, null, null, "Fråga efter adressen.", "Ring växeln.", false,
            Fixture.weekly("MONDAY 16:00-08:00"), List.of()));
    private final String basic = f.submit(AddAgreement.basic(Fixture.STOCKHOLM, "sydost", LocalDate.of(2018, 1, 1), null,
            null, false, null));

    @Test
    void oneTextChangesAndTheOtherStays() {
        f.submit(new SetAgreementTexts(extended, "  Ring kommunens växel 08-718 80 00.  ", null));
        Agreement a = f.state.requireAgreement("id", extended);
        assertThat(a.message()).isEqualTo("Ring kommunens växel 08-718 80 00.");
        assertThat(a.instructions()).isEqualTo("Fråga efter adressen.");
        assertThat(a.schedule()).isEqualTo(Fixture.weekly("MONDAY 16:00-08:00"));

        f.submit(new SetAgreementTexts(extended, null, "Fråga om barn finns i hemmet."));
        assertThat(f.state.requireAgreement("id", extended).instructions()).isEqualTo("Fråga om barn finns i hemmet.");
        assertThat(f.state.requireAgreement("id", extended).message()).isEqualTo("Ring kommunens växel 08-718 80 00.");
        assertThat(f.journal.getLast().event()).isEqualTo(new AgreementTextsSet(extended,
                "Ring kommunens växel 08-718 80 00.", "Fråga om barn finns i hemmet."));
    }

    @Test
    void badTextsAreRefusedNamingTheFieldAndNothingIsRecorded() {
        refused(() -> f.submit(new SetAgreementTexts(extended, null, null)), "message", "message or instructions");
        refused(() -> f.submit(new SetAgreementTexts(extended, "   ", null)), "message", "blank");
        refused(() -> f.submit(new SetAgreementTexts(extended, null, "\t")), "instructions", "blank");
        refused(() -> f.submit(new SetAgreementTexts(extended, "x".repeat(SetAgreementTexts.MAX_MESSAGE + 1), null)),
                "message", "at most " + SetAgreementTexts.MAX_MESSAGE);
        refused(() -> f.submit(new SetAgreementTexts(extended, null, "y".repeat(SetAgreementTexts.MAX_INSTRUCTIONS + 1))),
                "instructions", "at most " + SetAgreementTexts.MAX_INSTRUCTIONS);
        refused(() -> f.submit(new SetAgreementTexts(extended, "Ring\u0000växeln", null)), "message", "control characters");
        refused(() -> f.submit(new SetAgreementTexts(basic, "Ring växeln.", null)), "message", "BASIC");
        int before = f.journal.size();
        assertThatThrownBy(() -> f.submit(new SetAgreementTexts("0182/2030-01-01", "x", null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.journal).hasSize(before);
        assertThat(f.state.requireAgreement("id", extended).message()).isEqualTo("Ring växeln.");
    }

    private void refused(ThrowingCallable call, String field, String words) {
        int before = f.journal.size();
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).hasMessageContaining(words)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
        assertThat(f.journal).hasSize(before);
    }
}
