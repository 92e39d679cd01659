package org.statcommons.surveys.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.statcommons.identity.ProfileChoices;
import org.statcommons.platform.chart.ChartDrawer;
import org.statcommons.surveys.Option;
import org.statcommons.surveys.QuestionKind;

/**
 * Turns a wave's figures into what the results screen shows: country names in the reader's language, and a chart
 * per question drawn from exactly the figures of its table (a withheld figure in neither).
 */
@Component
class ResultsPresenter {

    /** A question as shown: its figures (cells with their labels) and its chart, null when there is nothing to draw. */
    record QuestionView(QuestionResult result, List<QuestionResult.Part> parts, String chart) {}

    private final ProfileChoices choices;
    private final MessageSource messages;

    ResultsPresenter(ProfileChoices choices, MessageSource messages) {
        this.choices = choices;
        this.messages = messages;
    }

    List<QuestionView> present(WaveResults results, Locale locale) {
        return present(results.questions(), locale);
    }

    List<QuestionView> present(List<QuestionResult> questions, Locale locale) {
        List<QuestionView> views = new ArrayList<>();
        for (QuestionResult q : questions) {
            List<QuestionResult.Part> parts =
                    q.parts().stream().map(p -> named(p, locale)).toList();
            views.add(new QuestionView(q, parts, q.withheld() ? null : chart(q, parts, locale)));
        }
        return views;
    }

    /** A part with the names of its countries in the reader's language. */
    QuestionResult.Part named(QuestionResult.Part part, Locale locale) {
        List<QuestionResult.Cell> cells = part.cells().stream()
                .map(c -> c.label() != null
                        ? c
                        : new QuestionResult.Cell(
                                c.code(), choices.countryName(c.code(), locale), c.count(), c.percent(), c.meanRank()))
                .toList();
        return new QuestionResult.Part(
                part.itemCode(),
                part.itemLabel(),
                part.respondents(),
                cells,
                part.mean(),
                part.median(),
                part.min(),
                part.max());
    }

    private String chart(QuestionResult q, List<QuestionResult.Part> parts, Locale locale) {
        QuestionKind kind = q.question().kind();
        String title = q.question().code() + ": " + q.question().text();
        String description = messages.getMessage("surveys-results.chart.desc", null, locale);
        if (kind.hasScale()) {
            List<String> points =
                    q.question().options().stream().map(Option::label).toList();
            if (points.isEmpty()) {
                return null;
            }
            List<ChartDrawer.Stack> stacks = new ArrayList<>();
            for (QuestionResult.Part part : parts) {
                if (part.withheld()) {
                    continue;
                }
                List<Double> shares = new ArrayList<>();
                for (int i = 0; i < points.size(); i++) {
                    shares.add(i < part.cells().size() ? part.cells().get(i).percent() : null);
                }
                stacks.add(new ChartDrawer.Stack(
                        kind.hasItems() ? part.itemLabel() : q.question().text(), shares));
            }
            return stacks.isEmpty() ? null : ChartDrawer.stacked(title, description, points, stacks);
        }
        if (kind.hasOptions() || kind == QuestionKind.COUNTRY) {
            QuestionResult.Part part = parts.get(0);
            if (part.withheld() || part.cells().isEmpty()) {
                return null;
            }
            List<ChartDrawer.Bar> bars = part.cells().stream()
                    .map(c -> new ChartDrawer.Bar(c.label(), c.percent()))
                    .toList();
            return ChartDrawer.bars(title, description, bars);
        }
        return null;
    }
}
