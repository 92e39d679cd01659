package org.statcommons.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.identity.OrganisationKind;

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
}
