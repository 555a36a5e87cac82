package se.larmcentral.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "08-123 456 78, +46812345678",
            "010-456 00 00, +46104560000",
            "0046 8 123 456 78, +46812345678",
            "+46 70 123 45 67, +46701234567",
            "070-123 45 67, +46701234567",
    })
    void acceptsSwedishNationalFormsAndStoresE164(String input, String e164) {
        assertThat(PhoneNumber.parse("number", input).e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "08-1", "+46 0000", "112"})
    void refusesWhatIsNotANumberNamingTheField(String input) {
        assertThatThrownBy(() -> PhoneNumber.parse("forwardingNumber", input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("forwardingNumber:");
    }

    @org.junit.jupiter.api.Test
    void showsTheNationalForm() {
        assertThat(PhoneNumber.parse("n", "+46812345678").national()).isEqualTo("08-123 456 78");
    }
}
