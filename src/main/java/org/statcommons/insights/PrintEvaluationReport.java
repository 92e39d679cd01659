package org.statcommons.insights;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * The evaluation report of a period as a PDF, for whoever may see the figures it holds ({@code VIEW_INSIGHTS}): the
 * same report the page is written from, with the dashboard's charts. Read-only: nothing is written.
 */
@Service
class PrintEvaluationReport {

    /** The PDF and the period it covers (for the file's name). */
    record Printed(InsightPeriod period, byte[] pdf) {}

    private final Permissions permissions;
    private final CollectInsights collect;
    private final EvaluationReportComposer composer;
    private final EvaluationPdfRenderer renderer;
    private final Accounts accounts;

    PrintEvaluationReport(
            Permissions permissions,
            CollectInsights collect,
            EvaluationReportComposer composer,
            EvaluationPdfRenderer renderer,
            Accounts accounts) {
        this.permissions = permissions;
        this.collect = collect;
        this.composer = composer;
        this.renderer = renderer;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    Printed print(Actor actor, Community community, InsightsForm asked, Language language, TimePresenter times) {
        permissions.require(actor, Action.VIEW_INSIGHTS, community.id());
        InsightPeriod period = collect.period(community, asked);
        String author = actor.accountId() == null
                ? ""
                : accounts.byId(actor.accountId()).map(a -> a.displayName()).orElse("");
        EvaluationReport report = composer.compose(actor, community, period, language, times, author);
        return new Printed(period, renderer.pdf(report));
    }
}
