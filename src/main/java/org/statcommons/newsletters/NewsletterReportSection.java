package org.statcommons.newsletters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.progressreports.ReportBlock;
import org.statcommons.progressreports.ReportCell;
import org.statcommons.progressreports.ReportPart;
import org.statcommons.progressreports.ReportRequest;
import org.statcommons.progressreports.ReportSection;

/** The newsletters sent in the period, for the annual progress report: each with its date and how many it reached. */
@Component
class NewsletterReportSection implements ReportSection {

    private final Newsletters newsletters;

    NewsletterReportSection(Newsletters newsletters) {
        this.newsletters = newsletters;
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        List<Newsletters.Sent> sent = newsletters.sentBetween(
                request.community().id(),
                request.period().from(),
                request.period().until());
        List<List<ReportCell>> rows = new ArrayList<>();
        long reached = 0;
        for (Newsletters.Sent n : sent) {
            reached += n.recipients() == null ? 0 : n.recipients();
            rows.add(List.of(
                    ReportCell.day(n.sentAt()),
                    ReportCell.link(n.subject(), "/c/" + request.community().slug() + "/newsletters/" + n.id()),
                    n.recipients() == null ? ReportCell.typed("") : ReportCell.number(n.recipients())));
        }
        return Optional.of(new ReportPart(
                40,
                Text.of("progressreports.newsletters.heading"),
                List.of(
                        new ReportBlock.Paragraph(Text.of("progressreports.newsletters.count", sent.size(), reached)),
                        new ReportBlock.Table(
                                List.of(
                                        Text.of("progressreports.column.sent"),
                                        Text.of("progressreports.column.newsletter"),
                                        Text.of("progressreports.column.recipients")),
                                rows,
                                null))));
    }
}
