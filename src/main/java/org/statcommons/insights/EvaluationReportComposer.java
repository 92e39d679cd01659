package org.statcommons.insights;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Puts the evaluation report together from the dashboard's own figures: {@link CollectInsights} (every
 * {@link InsightSection}) and {@link DashboardPresenter}, so that a figure of the report is the dashboard's by
 * construction, never counted a second time. The dashboard's sections go under the report's three questions by their
 * order: who took part (members, active members: below 20), what was produced (pages and views 20–29, newsletters and
 * decisions from 50), how people took part (comments, discussions, meetings: 30–49). The callers ask the policy.
 */
@Component
class EvaluationReportComposer {

    private final CollectInsights collect;
    private final DashboardPresenter presenter;
    private final List<EvaluationSection> sections;
    private final Clock clock;

    EvaluationReportComposer(
            CollectInsights collect, DashboardPresenter presenter, List<EvaluationSection> sections, Clock clock) {
        this.collect = collect;
        this.presenter = presenter;
        this.sections = List.copyOf(sections);
        this.clock = clock;
    }

    /**
     * The report of {@code period} as {@code reader} may read it (another feature's part holds only what they may read
     * of it); {@code times} is the generating person's, put in the report's language.
     */
    EvaluationReport compose(
            Actor reader,
            Community community,
            InsightPeriod period,
            Language language,
            TimePresenter times,
            String author) {
        TimePresenter inLanguage = times.inLanguage(language.locale());
        Dashboard dashboard = collect.collect(community, period);
        DashboardPresenter.DashboardView view = presenter.present(dashboard, inLanguage);
        List<DashboardPresenter.SectionView> who = new ArrayList<>();
        List<DashboardPresenter.SectionView> produced = new ArrayList<>();
        List<DashboardPresenter.SectionView> tookPart = new ArrayList<>();
        for (int i = 0; i < dashboard.parts().size(); i++) {
            int order = dashboard.parts().get(i).order();
            DashboardPresenter.SectionView section = view.sections().get(i);
            if (order < 20) {
                who.add(section);
            } else if (order < 30 || order >= 50) {
                produced.add(section);
            } else {
                tookPart.add(section);
            }
        }
        List<EvaluationReport.Chapter> chapters = List.of(
                new EvaluationReport.Chapter(Text.of("insights.report.who"), who),
                new EvaluationReport.Chapter(Text.of("insights.report.produced"), produced),
                new EvaluationReport.Chapter(Text.of("insights.report.took-part"), tookPart));
        InsightRequest request = new InsightRequest(community, period);
        List<EvaluationPart> others = new ArrayList<>();
        for (EvaluationSection section : sections) {
            section.part(request, reader).ifPresent(others::add);
        }
        others.sort(Comparator.comparingInt(EvaluationPart::order));
        TimePresenter utc = TimePresenter.in(ZoneOffset.UTC).inLanguage(language.locale());
        String first = utc.date(period.from());
        String last = utc.date(period.until().minusSeconds(1));
        String title = Text.of("insights.report.title", first, last).in(language);
        return new EvaluationReport(
                community,
                period,
                language,
                title,
                first,
                last,
                inLanguage.date(clock.instant()),
                author,
                chapters,
                others,
                pdfAddress(community, period));
    }

    static String pdfAddress(Community community, InsightPeriod period) {
        return "/c/" + community.slug() + "/insights/evaluation-report.pdf?from=" + period.first() + "&to="
                + period.last();
    }
}
