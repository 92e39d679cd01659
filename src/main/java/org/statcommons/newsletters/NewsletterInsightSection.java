package org.statcommons.newsletters;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.insights.InsightFigure;
import org.statcommons.insights.InsightPart;
import org.statcommons.insights.InsightRequest;
import org.statcommons.insights.InsightSection;
import org.statcommons.platform.Text;

/** Newsletters for the activity figures: how many were sent in the period, and to how many recipients in all. */
@Component
class NewsletterInsightSection implements InsightSection {

    private final Newsletters newsletters;

    NewsletterInsightSection(Newsletters newsletters) {
        this.newsletters = newsletters;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        List<Newsletters.Sent> sent = newsletters.sentBetween(
                request.community().id(),
                request.period().from(),
                request.period().until());
        long recipients = sent.stream()
                .mapToLong(n -> n.recipients() == null ? 0 : n.recipients())
                .sum();
        return Optional.of(new InsightPart(
                50,
                "newsletters",
                Text.of("insights.newsletters.heading"),
                List.of(
                        InsightFigure.count("newsletters-sent", "insights.newsletters.sent", sent.size()),
                        InsightFigure.count("recipients", "insights.newsletters.recipients", recipients)),
                List.of()));
    }
}
