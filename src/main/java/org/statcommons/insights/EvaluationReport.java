package org.statcommons.insights;

import java.util.List;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The evaluation report of a period as both its forms write it: the dashboard's figures as the dashboard shows them
 * (the same {@link DashboardPresenter} over the same {@link Dashboard}, in the report's language), grouped under the
 * report's three questions, then the parts other features write ({@link EvaluationSection}).
 *
 * @param first        the period's first day as the report writes it
 * @param generatedOn  the day it was generated, in the generating person's zone
 * @param author       who generated it (as typed: each form escapes it its own way)
 * @param pdf          the address of the report's PDF for the same period, linked from the page
 */
record EvaluationReport(
        Community community,
        InsightPeriod period,
        Language language,
        String title,
        String first,
        String last,
        String generatedOn,
        String author,
        List<Chapter> chapters,
        List<EvaluationPart> others,
        String pdf) {

    EvaluationReport {
        chapters = List.copyOf(chapters);
        others = List.copyOf(others);
    }

    /** The opening sentence, the community's name and the author's written by {@code escape} for the form at hand. */
    Text introduction(java.util.function.UnaryOperator<String> escape) {
        return Text.of(
                "insights.report.introduction",
                escape.apply(community.name()),
                first,
                last,
                generatedOn,
                escape.apply(author));
    }

    /** One of the report's questions ("Who took part") and the dashboard's sections that answer it. */
    record Chapter(Text heading, List<DashboardPresenter.SectionView> sections) {
        Chapter {
            sections = List.copyOf(sections);
        }
    }
}
