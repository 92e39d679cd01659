package org.statcommons.insights;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageAddress;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageLanguage;
import org.statcommons.content.WriteGeneratedPage;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Generates the evaluation report of a period as a draft page of the space, {@code reports/evaluation-<first>-to-
 * <last>.md}, one commit by the person who generates it, in their language, to be edited, reviewed and published like
 * any page. As the progress report does: generating again for a period whose page is there proposes the new figures
 * as a change of the page (nobody's edits are lost), and writes nothing when the figures are the page's already.
 */
@Service
class GenerateEvaluationReport {

    static final String FOLDER = "reports/";

    /** What generating did: the page, or a proposal to change it, or nothing ({@code unchanged}). */
    record Generated(String path, Long proposalId, String address, boolean unchanged) {}

    private final Permissions permissions;
    private final CollectInsights collect;
    private final EvaluationReportComposer composer;
    private final EvaluationReportWriter writer;
    private final Accounts accounts;
    private final WriteGeneratedPage writeGeneratedPage;

    GenerateEvaluationReport(
            Permissions permissions,
            CollectInsights collect,
            EvaluationReportComposer composer,
            EvaluationReportWriter writer,
            Accounts accounts,
            WriteGeneratedPage writeGeneratedPage) {
        this.permissions = permissions;
        this.collect = collect;
        this.composer = composer;
        this.writer = writer;
        this.accounts = accounts;
        this.writeGeneratedPage = writeGeneratedPage;
    }

    @Transactional
    Generated generate(Actor actor, Community community, InsightsForm asked, Language language, TimePresenter times) {
        permissions.require(actor, Action.GENERATE_EVALUATION_REPORT, community.id());
        InsightPeriod period = collect.period(community, asked);
        Account person = accounts.byId(actor.accountId()).orElseThrow(() -> new NotFoundException("No such account"));
        EvaluationReport report = composer.compose(actor, community, period, language, times, person.displayName());
        String path = path(period);
        WriteGeneratedPage.Written written = writeGeneratedPage.write(
                actor,
                new Author(person.displayName(), person.email()),
                community.id(),
                new PageEdit(path, report.title(), writer.markdown(report), null, "Evaluation report generated")
                        .withFields(Map.of(PageLanguage.FIELD, language.code())),
                // the same figures: alike but for the opening sentence (it says the day it was generated)
                WriteGeneratedPage::alikeButTheFirstParagraph,
                new WriteGeneratedPage.Proposal(
                        Text.of("insights.report.proposal.title", report.title(), report.generatedOn())
                                .in(language),
                        Text.of("insights.report.proposal.description").in(language),
                        "Evaluation report generated again"),
                Text.of("insights.report.written-meanwhile"));
        return new Generated(
                path,
                written.proposalId(),
                written.proposalId() == null
                        ? PageAddress.page(community.slug(), path)
                        : PageAddress.proposal(community.slug(), written.proposalId()),
                written.unchanged());
    }

    static String path(InsightPeriod period) {
        return FOLDER + "evaluation-" + period.first() + "-to-" + period.last() + ".md";
    }
}
