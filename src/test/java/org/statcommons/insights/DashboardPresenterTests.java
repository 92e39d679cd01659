package org.statcommons.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.access.JoinPolicy;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

class DashboardPresenterTests {

    static final Community COMMUNITY =
            new Community(1, "census", "Census", "", "", JoinPolicy.OPEN, Instant.parse("2020-01-01T00:00:00Z"), false);

    @Test
    void aLongSeriesIsShownByYearAndManyCategoriesEndInOneRowOfTheRest() {
        InsightPeriod period = new InsightPeriod(LocalDate.of(2024, 11, 1), LocalDate.of(2026, 12, 6));
        List<InsightRow> months = new ArrayList<>();
        for (LocalDate m : period.months()) {
            months.add(InsightRow.of(new InsightLabel.Month(m), 1));
        }
        List<InsightRow> countries = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            countries.add(InsightRow.of(new InsightLabel.Country(c == 0 ? "FJ" : "X" + (char) ('A' + c)), 20 - c));
        }
        InsightPart part = new InsightPart(
                10,
                "members",
                Text.of("insights.members.heading"),
                List.of(InsightFigure.rate("attendance", "insights.meetings.attendance", 2, 3)),
                List.of(
                        new InsightTable(
                                "by-month",
                                Text.of("insights.members.by-month"),
                                Text.of("insights.column.month"),
                                List.of(Text.of("insights.column.joined")),
                                months,
                                true),
                        new InsightTable(
                                "by-country",
                                Text.of("insights.members.by-country"),
                                Text.of("insights.column.country"),
                                List.of(Text.of("insights.column.joined")),
                                countries,
                                false)));
        DashboardPresenter.DashboardView view = new DashboardPresenter()
                .present(new Dashboard(COMMUNITY, period, List.of(part)), TimePresenter.anonymous());

        DashboardPresenter.SectionView section = view.sections().get(0);
        assertThat(section.figures().get(0).shown()).isEqualTo("67 % (2 of 3)");
        DashboardPresenter.TableView byYear = section.tables().get(0);
        assertThat(byYear.rows()).extracting(DashboardPresenter.RowView::label).containsExactly("2024", "2025", "2026");
        assertThat(byYear.rows()).extracting(r -> r.cells().get(0)).containsExactly("2", "12", "12");
        assertThat(byYear.title().english()).endsWith("by year");
        assertThat(byYear.chart()).startsWith("<svg").endsWith("</svg>");

        DashboardPresenter.TableView byCountry = section.tables().get(1);
        assertThat(byCountry.rows()).hasSize(DashboardPresenter.SHOWN);
        assertThat(byCountry.rows().get(0).label()).isEqualTo("Fiji");
        DashboardPresenter.RowView rest = byCountry.rows().get(DashboardPresenter.SHOWN - 1);
        assertThat(rest.label()).isEqualTo("9 others");
        // the last nine of 20, 19, … 1: 9 + 8 + … + 1
        assertThat(rest.cells()).containsExactly("45");
    }

    @Test
    void aMonthIsShownInTheReadersLanguage() {
        TimePresenter french = TimePresenter.anonymous().inLanguage(java.util.Locale.FRENCH);
        RowLabeller labeller = new RowLabeller(org.statcommons.platform.i18n.Language.FRENCH, french);
        assertThat(labeller.label(new InsightLabel.Month(LocalDate.of(2026, 3, 1)), false))
                .isEqualTo("mars 2026");
        assertThat(labeller.label(new InsightLabel.Country("WS"), false)).isEqualTo("Samoa");
    }
}
