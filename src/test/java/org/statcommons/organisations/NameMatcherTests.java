package org.statcommons.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.support.CpuTime;

class NameMatcherTests {

    private static final Organisation FBOS = new Organisation(
            1, "Fiji Bureau of Statistics", "FBoS", OrganisationKind.NATIONAL_STATISTICAL_OFFICE, "FJ", "");
    private static final Organisation INE = new Organisation(
            2, "Instituto Nacional de Estadística", "INE", OrganisationKind.NATIONAL_STATISTICAL_OFFICE, "ES", "");
    private static final Organisation INE_CL = new Organisation(
            3, "Instituto Nacional de Estadísticas", "INE", OrganisationKind.NATIONAL_STATISTICAL_OFFICE, "CL", "");
    private static final Organisation PARIS21 = new Organisation(
            4,
            "The Partnership in Statistics for Development in the 21st Century",
            "PARIS21",
            OrganisationKind.INTERNATIONAL,
            null,
            "");
    private static final List<Organisation> ALL = List.of(FBOS, INE, INE_CL, PARIS21);

    @Test
    void namesAreComparedWithoutCaseAccentsPunctuationOrALeadingThe() {
        assertThat(NameMatcher.normalise("  Instituto Nacional de ESTADÍSTICA. "))
                .isEqualTo("instituto nacional de estadistica");
        assertThat(NameMatcher.normalise("The Partnership & Co.")).isEqualTo("partnership and co");
        assertThat(NameMatcher.normalise("Ｆｉｊｉ")).isEqualTo("fiji");
        assertThat(NameMatcher.normalise("الجهاز المركزي للإحصاء")).isEqualTo("الجهاز المركزي للاحصاء");
        assertThat(NameMatcher.normalise("---")).isEmpty();
    }

    @Test
    void aTypedNameMatchesByNameOrAcronymOrEitherPartOfNameAndAcronym() {
        assertThat(NameMatcher.match("fiji bureau of statistics", ALL)).contains(FBOS);
        assertThat(NameMatcher.match("FBOS", ALL)).contains(FBOS);
        assertThat(NameMatcher.match("Fiji Bureau of Statistics (FBoS)", ALL)).contains(FBOS);
        assertThat(NameMatcher.match("FBoS – Fiji Bureau of Statistics", ALL)).contains(FBOS);
        assertThat(NameMatcher.match("Partnership in Statistics for Development in the 21st Century", ALL))
                .contains(PARIS21);
        assertThat(NameMatcher.match("Paris21", ALL)).contains(PARIS21);
    }

    @Test
    void aNameThatNamesTwoOrganisationsOrNoneMatchesNone() {
        assertThat(NameMatcher.match("INE", ALL)).isEmpty();
        assertThat(NameMatcher.match("Bureau of Fiji", ALL)).isEmpty();
        assertThat(NameMatcher.match("", ALL)).isEmpty();
        assertThat(NameMatcher.candidates("INE", ALL, 3)).containsExactly(INE, INE_CL);
        assertThat(NameMatcher.candidates("Fiji Bureau", ALL, 3)).containsExactly(FBOS);
    }

    @Test
    void aSearchFindsOrganisationsByAPartOfTheirNameOrAcronym() {
        assertThat(NameMatcher.containing("estadística", ALL)).containsExactly(INE, INE_CL);
        assertThat(NameMatcher.containing("fbo", ALL)).containsExactly(FBOS);
        assertThat(NameMatcher.containing(" . ", ALL)).isEmpty();
    }

    @Test
    void tenThousandTypedNamesAreMatchedAgainstFiveThousandOrganisationsInLinearTime() {
        List<Organisation> organisations = new ArrayList<>(IntStream.range(0, 5_000)
                .mapToObj(i -> new Organisation(
                        100 + i,
                        "Statistics Office Ñumber " + i + " " + "é".repeat(40),
                        "SO" + i,
                        OrganisationKind.NATIONAL_STATISTICAL_OFFICE,
                        "FJ",
                        ""))
                .toList());
        organisations.addAll(ALL);
        // long names with accents and a dashed part: every form a typed name may match by is tried
        List<String> typed = IntStream.range(0, 10_000)
                .mapToObj(i ->
                        "The statistics office ñumber " + (i % 7_000) + " " + "É".repeat(40) + " – " + "x".repeat(200))
                .toList();

        CpuTime.Measured<Long> run = CpuTime.of(() -> {
            NameMatcher.Index index = new NameMatcher.Index(organisations);
            return typed.stream().filter(t -> index.match(t).isPresent()).count();
        });

        // typed numbers 0–4,999 (twice for 0–2,999) name an office by their first part; 5,000–6,999 name none
        assertThat(run.result()).isEqualTo(8_000L);
        assertThat(run.cpu()).isLessThan(Duration.ofSeconds(3));
    }
}
