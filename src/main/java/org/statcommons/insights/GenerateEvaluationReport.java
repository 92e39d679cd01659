package org.statcommons.insights;

import java.util.Map;
import java.util.Optional;
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
import org.statcommons.content.Pages;
import org.statcommons.content.ProposeEdit;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SetUpSpace;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
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
    private final SetUpSpace setUpSpace;
    private final Pages pages;
    private final SavePage savePage;
    private final ProposeEdit proposeEdit;

    GenerateEvaluationReport(
            Permissions permissions,
            CollectInsights collect,
            EvaluationReportComposer composer,
            EvaluationReportWriter writer,
            Accounts accounts,
            SetUpSpace setUpSpace,
            Pages pages,
            SavePage savePage,
            ProposeEdit proposeEdit) {
        this.permissions = permissions;
        this.collect = collect;
        this.composer = composer;
        this.writer = writer;
        this.accounts = accounts;
        this.setUpSpace = setUpSpace;
        this.pages = pages;
        this.savePage = savePage;
        this.proposeEdit = proposeEdit;
    }

    @Transactional
    Generated generate(Actor actor, Community community, InsightsForm asked, Language language, TimePresenter times) {
        permissions.require(actor, Action.GENERATE_EVALUATION_REPORT, community.id());
        InsightPeriod period = collect.period(community, asked);
        Account person = accounts.byId(actor.accountId()).orElseThrow(() -> new NotFoundException("No such account"));
        EvaluationReport report = composer.compose(actor, community, period, language, times, person.displayName());
        String body = writer.markdown(report);
        String path = path(period);
        setUpSpace.ensure(community.id());
        Author author = new Author(person.displayName(), person.email());
        Map<String, String> fields = Map.of(PageLanguage.FIELD, language.code());
        Optional<Pages.PageContent> existing = existing(community.id(), path);
        if (existing.isPresent()) {
            if (sameFigures(existing.get().body(), body)
                    && existing.get().title().equals(report.title())) {
                return new Generated(path, null, PageAddress.page(community.slug(), path), true);
            }
            long proposal = proposeEdit.propose(
                    actor,
                    author,
                    community.id(),
                    new PageEdit(
                                    path,
                                    existing.get().title(),
                                    body,
                                    existing.get().commitId(),
                                    "Evaluation report generated again")
                            .withFields(fields),
                    Text.of("insights.report.proposal.title", report.title(), report.generatedOn())
                            .in(language),
                    Text.of("insights.report.proposal.description").in(language));
            return new Generated(path, proposal, PageAddress.proposal(community.slug(), proposal), false);
        }
        SaveResult saved = savePage.save(
                community.id(),
                new PageEdit(path, report.title(), body, null, "Evaluation report generated").withFields(fields),
                author);
        if (saved instanceof SaveResult.Conflicted) {
            // someone wrote the page between the look and the save: generating again proposes instead
            throw new ConflictException(Text.of("insights.report.written-meanwhile"));
        }
        return new Generated(path, null, PageAddress.page(community.slug(), path), false);
    }

    /** The same figures: the bodies alike but for the opening sentence (it says the day it was generated). */
    private static boolean sameFigures(String existing, String written) {
        return afterFirstParagraph(existing).equals(afterFirstParagraph(written));
    }

    private static String afterFirstParagraph(String body) {
        String b = body.strip().replace("\r\n", "\n");
        int end = b.indexOf("\n\n");
        return end < 0 ? b : b.substring(end).strip();
    }

    static String path(InsightPeriod period) {
        return FOLDER + "evaluation-" + period.first() + "-to-" + period.last() + ".md";
    }

    private Optional<Pages.PageContent> existing(long communityId, String path) {
        try {
            return Optional.of(pages.read(communityId, path));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }
}
