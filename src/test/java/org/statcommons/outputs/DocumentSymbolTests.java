package org.statcommons.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

/** The loose shape of a United Nations document symbol. */
class DocumentSymbolTests {

    @Test
    void symbolsOfTheStatisticalCommissionAndOtherOrgansPass() {
        assertThat(DocumentSymbol.valid("E/CN.3/2027/12")).isTrue();
        assertThat(DocumentSymbol.valid("E/CN.3/2027/L.2")).isTrue();
        assertThat(DocumentSymbol.valid("E/CN.3/2027/12/Add.1")).isTrue();
        assertThat(DocumentSymbol.valid("ST/ESA/STAT/SER.M/1/Rev.1")).isTrue();
        assertThat(DocumentSymbol.valid("A/RES/71/313")).isTrue();
    }

    @Test
    void whatCannotBeASymbolIsRefused() {
        assertThat(DocumentSymbol.valid(null)).isFalse();
        assertThat(DocumentSymbol.valid("")).isFalse();
        assertThat(DocumentSymbol.valid("E")).as("an organ alone").isFalse();
        assertThat(DocumentSymbol.valid("e/cn.3/2027/12"))
                .as("a lower-case organ")
                .isFalse();
        assertThat(DocumentSymbol.valid("E/CN.3/2027 12")).as("a space").isFalse();
        assertThat(DocumentSymbol.valid("/E/CN.3/2027/12"))
                .as("a leading slash")
                .isFalse();
        assertThat(DocumentSymbol.valid("E//CN.3")).as("a doubled slash").isFalse();
        assertThat(DocumentSymbol.valid("E/CN.3/2027/12/"))
                .as("a trailing slash")
                .isFalse();
        assertThat(DocumentSymbol.valid("E/CN.3/<script>")).isFalse();
        assertThat(DocumentSymbol.valid("E/" + "1".repeat(20) + "/" + "2".repeat(20) + "/" + "3".repeat(20)))
                .as("over 60 characters")
                .isFalse();
    }

    @Test
    void symbolsBuiltToBeSlowAreJudgedAtOnce() {
        // at the 60-character limit, parts that almost match; and a megabyte, refused by its length before the pattern
        String nearly = "ABCDEFGHIJ" + "/A.(-".repeat(9) + "/A";
        String huge = "E/" + "1/".repeat(500_000);
        CpuTime.Measured<Boolean> measured = CpuTime.of(() -> {
            boolean any = false;
            for (int i = 0; i < 10_000; i++) {
                any |= DocumentSymbol.valid(nearly + " ") | DocumentSymbol.valid(huge);
            }
            return any;
        });
        assertThat(nearly).hasSizeLessThanOrEqualTo(DocumentSymbol.MAX);
        assertThat(DocumentSymbol.valid(nearly)).isTrue();
        assertThat(measured.result()).isFalse();
        assertThat(measured.cpu()).isLessThan(Duration.ofSeconds(2));
    }
}
