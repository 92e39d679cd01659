package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statcommons.data.disclosure.DisclosureRules;
import org.statcommons.data.disclosure.KAnonymityRules;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.support.CpuTime;

/** The disclosure rules as typed: numbers in their ranges, and nothing else, however large or strange. */
class DisclosureRulesFormTests {

    @Test
    void numbersInTheirRangesAreTheRulesAndTheFormShowsThemAsTyped() {
        DisclosureRules rules = new DisclosureRulesForm(" 5 ", "2", "85.5", "0.0001", "40", "10").parse();
        assertThat(rules).isEqualTo(new DisclosureRules(5, 2, 85.5, 0.0001, 0.4, 10));
        assertThat(DisclosureRulesForm.of(rules, KAnonymityRules.DEFAULT).fields())
                .containsExactly(
                        Map.entry("minimumFrequency", "5"),
                        Map.entry("dominanceUnits", "2"),
                        Map.entry("dominancePercent", "85.5"),
                        Map.entry("pPercent", "0.0001"),
                        Map.entry("maximumShare", "40"),
                        Map.entry("roundingBase", "10"),
                        Map.entry("quasiIdentifiers", ""),
                        Map.entry("kAnonymity", "3"),
                        Map.entry("onRareRecords", "suppress"));
        assertThat(DisclosureRulesForm.of(rules, KAnonymityRules.DEFAULT).parse())
                .isEqualTo(rules);
        assertThat(new DisclosureRulesForm("", "", "", "", "", "").parse())
                .isEqualTo(new DisclosureRules(0, 0, 0, 0, 1, 0));
    }

    @Test
    void hugeAndHostileNumbersAreRefusedQuicklyEachFieldNamedWithWhatWasTypedShortened() {
        String megabyte = "9".repeat(2_000_000);
        List<String> hostile = List.of(
                megabyte,
                "1" + "0".repeat(1_000_000),
                "0." + "0".repeat(1_000_000) + "1",
                "1e309",
                "NaN",
                "Infinity",
                "-Infinity",
                "0x1p3",
                "3d",
                "3f",
                "1_000",
                "３",
                "3\u0000",
                "-1",
                "1000001",
                "2.5");
        for (String typed : hostile) {
            CpuTime.Measured<InvalidInputException> refused = CpuTime.of(() -> refusal(
                    new DisclosureRulesForm(typed, typed.equals("2.5") ? "11" : typed, typed, typed, typed, typed)));
            assertThat(refused.cpu()).as(typed.length() + " characters").isLessThan(Duration.ofMillis(500));
            assertThat(refused.result().byField())
                    .as(shorten(typed))
                    .containsKeys("minimumFrequency", "dominanceUnits", "roundingBase");
            refused.result()
                    .errors()
                    .forEach(error ->
                            assertThat(error.message()).as(shorten(typed)).hasSizeLessThan(200));
        }
    }

    private static InvalidInputException refusal(DisclosureRulesForm form) {
        try {
            form.parse();
        } catch (InvalidInputException refused) {
            return refused;
        }
        throw new AssertionError("accepted");
    }

    private static String shorten(String typed) {
        return typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
    }

    @Test
    void aMagnitudeRuleNeedsItsPercentage() {
        assertThatThrownBy(() -> new DisclosureRulesForm("", "2", "", "", "", "").parse())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(((InvalidInputException) e).byField()).containsKey("dominancePercent"));
    }

    @Test
    void theKAnonymityRuleIsReadWithItsDefaultsAndBadFieldsAreEachNamed() {
        assertThat(new DisclosureRulesForm("", "", "", "", "", "", " REGION , SEX,,AGE ", "5", "Refuse")
                        .parseKAnonymity())
                .isEqualTo(new KAnonymityRules(List.of("REGION", "SEX", "AGE"), 5, true));
        assertThat(new DisclosureRulesForm("", "", "", "", "", "").parseKAnonymity())
                .isEqualTo(KAnonymityRules.DEFAULT);
        for (String k : List.of("1", "0", "-3", "1001", "2.5", "1e3", "NaN", "x".repeat(10_000))) {
            assertThatThrownBy(() -> new DisclosureRulesForm("", "", "", "", "", "", "SEX", k, "").parseKAnonymity())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .extracting(InvalidInputException.FieldMessage::field)
                                    .containsExactly("kAnonymity"));
        }
        assertThatThrownBy(() ->
                        new DisclosureRulesForm("", "", "", "", "", "", "SEX, SEX", "3", "drop").parseKAnonymity())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldMessage::field)
                                .containsExactly("quasiIdentifiers", "onRareRecords"));
        String many = String.join(
                ",",
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "V" + i).toList());
        assertThatThrownBy(() -> new DisclosureRulesForm("", "", "", "", "", "", many, "3", "").parseKAnonymity())
                .isInstanceOf(InvalidInputException.class);
    }
}
