package se.larmcentral.alarms.codes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiaCodeTableTest {

    private final SiaCodeTable table = SiaCodeTable.standard();

    @ParameterizedTest
    @CsvSource({
            "BA, Inbrottslarm, Burglary alarm, ALARM",
            "FA, Brandlarm, Fire alarm, ALARM",
            "PA, Överfallslarm, Panic alarm, ALARM",
            "MA, Medicinskt larm, Medical alarm, ALARM",
            "TA, Sabotagelarm, Tamper alarm, ALARM",
            "YT, Batterifel, System battery trouble, FAULT",
            "AT, Nätspänningsfel (strömavbrott), AC power trouble, FAULT",
            "RP, Automatisk provsändning, Automatic test, TEST",
            "BR, Inbrottslarm återställt, Burglary restoral, RESTORE",
            "OP, Frånkoppling (larmet av), Opening report, INFO",
            "CL, Tillkoppling (larmet på), Closing report, INFO"})
    void theCommonCodesHaveTheirMeaningAndClass(String code, String swedish, String english, AlarmClass alarmClass) {
        assertThat(table.describe(code)).isEqualTo(new SiaCode(code, swedish, english, alarmClass));
        assertThat(table.describe(code).known()).isTrue();
    }

    @Test
    void aCodeIsFoundWhateverItsCase() {
        assertThat(table.describe(" fa").code()).isEqualTo("FA");
    }

    @Test
    void anUnknownCodeIsShownAsUnknownWithTheCodeAsSent() {
        SiaCode unknown = table.describe("QQ");
        assertThat(unknown.alarmClass()).isEqualTo(AlarmClass.UNKNOWN);
        assertThat(unknown.code()).isEqualTo("QQ");
        assertThat(unknown.english()).isEqualTo("Unknown event code");
        assertThat(unknown.known()).isFalse();
        assertThat(table.describe(null).alarmClass()).isEqualTo(AlarmClass.UNKNOWN);
        assertThat(table.describe("130").alarmClass()).isEqualTo(AlarmClass.UNKNOWN);
    }

    @Test
    void theShippedTableHoldsEveryClassButUnknown() {
        assertThat(table.size()).isGreaterThan(40);
        for (AlarmClass c : AlarmClass.values()) {
            if (c != AlarmClass.UNKNOWN) {
                assertThat(List.of("BA", "YT", "RP", "BR", "OP").stream().map(table::describe)
                        .map(SiaCode::alarmClass)).contains(c);
            }
        }
    }

    @Test
    void aGoodTableIsReadSkippingCommentsAndBlankLines() {
        SiaCodeTable t = SiaCodeTable.parse("t.tsv", List.of("# comment", "", "BA\tInbrottslarm\tBurglary alarm\talarm"));
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.describe("BA").alarmClass()).isEqualTo(AlarmClass.ALARM);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BA\tInbrottslarm\tBurglary alarm|t.tsv line 1: must have 4 tab-separated cells (code, Swedish, English, class), has 3",
            "B\tInbrottslarm\tBurglary alarm\talarm|t.tsv line 1: code must be two upper-case letters, was 'B'",
            "ba\tInbrottslarm\tBurglary alarm\talarm|t.tsv line 1: code must be two upper-case letters, was 'ba'",
            "BA\t \tBurglary alarm\talarm|t.tsv line 1: code BA needs a Swedish and an English meaning",
            "BA\tInbrottslarm\tBurglary alarm\tpanic|t.tsv line 1: class must be one of alarm, fault, test, restore, info, was 'panic'",
            "BA\tInbrottslarm\tBurglary alarm\tunknown|t.tsv line 1: class must be one of alarm, fault, test, restore, info, was 'unknown'"})
    void aBadLineStopsTheLoadNamingLineAndReason(String line, String message) {
        assertThatThrownBy(() -> SiaCodeTable.parse("t.tsv", List.of(line.replace("\\t", "\t"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aCodeListedTwiceOrAnEmptyTableIsRefused() {
        assertThatThrownBy(() -> SiaCodeTable.parse("t.tsv", List.of("BA\ta\tb\talarm", "BA\tc\td\tfault")))
                .hasMessage("t.tsv line 2: code BA is listed twice");
        assertThatThrownBy(() -> SiaCodeTable.parse("t.tsv", List.of("# nothing")))
                .hasMessage("t.tsv: holds no codes");
    }
}
