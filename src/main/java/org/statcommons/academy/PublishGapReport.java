package org.statcommons.academy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageLanguage;
import org.statcommons.content.WriteGeneratedPage;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * A community's course maintainers write the gap map as a page of the community's space,
 * {@code reports/capability-gaps-<framework>-by-<country|kind>.md}, to review and publish as the community's report;
 * writing it again after new self-assessments proposes the new figures as a change of that page.
 */
@Service
class PublishGapReport {

    static final String FOLDER = "reports/";

    /** Where the report went: the community, and the page or the proposal. */
    record Published(Community community, WriteGeneratedPage.Written written) {}

    private final Permissions permissions;
    private final Communities communities;
    private final Accounts accounts;
    private final GapMapPresenter gaps;
    private final WriteGeneratedPage writeGeneratedPage;
    private final StatCommonsProperties site;
    private final Clock clock;

    PublishGapReport(
            Permissions permissions,
            Communities communities,
            Accounts accounts,
            GapMapPresenter gaps,
            WriteGeneratedPage writeGeneratedPage,
            StatCommonsProperties site,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.accounts = accounts;
        this.gaps = gaps;
        this.writeGeneratedPage = writeGeneratedPage;
        this.site = site;
        this.clock = clock;
    }

    @Transactional
    Published publish(Actor actor, String communitySlug, String framework, String by, Locale locale) {
        Community community = communities
                .bySlug(communitySlug == null ? "" : communitySlug.strip())
                .orElseThrow(
                        () -> new InvalidInputException("community", Text.of("academy.gaps.publish.no-community")));
        permissions.require(actor, Action.MAINTAIN_COURSES, community.id());
        Account person = accounts.byId(actor.accountId()).orElseThrow(() -> new NotFoundException("No such account"));
        GapMap map = gaps.map(framework, by, locale);
        Language language = Language.of(locale);
        String code = map.framework().code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String path = FOLDER + "capability-gaps-" + code + "-by-" + map.by() + ".md";
        String title = Text.of(
                        "academy.gaps.title",
                        map.framework().name() + " " + map.framework().version())
                .in(language);
        String online = site.link("/academy/gaps?framework="
                + URLEncoder.encode(map.framework().code(), StandardCharsets.UTF_8) + "&by=" + map.by());
        String body = GapReportWriter.markdown(map, language, LocalDate.now(clock.withZone(ZoneOffset.UTC)), online);
        WriteGeneratedPage.Written written = writeGeneratedPage.write(
                actor,
                new Author(person.displayName(), person.email()),
                community.id(),
                new PageEdit(path, title, body, null, "Capability-gap report written")
                        .withFields(Map.of(PageLanguage.FIELD, language.code())),
                WriteGeneratedPage::alikeButTheFirstParagraph,
                new WriteGeneratedPage.Proposal(
                        Text.of("academy.gaps.publish.proposal.title", title).in(language),
                        Text.of("academy.gaps.publish.proposal.description").in(language),
                        "Capability-gap report written again"),
                Text.of("academy.gaps.publish.meanwhile"));
        return new Published(community, written);
    }
}
