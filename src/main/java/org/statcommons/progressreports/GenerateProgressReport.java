package org.statcommons.progressreports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Generates a community's progress report for a period as a Markdown page of its space, one commit by the person who
 * generates it, at {@code reports/progress-<year>.md} (or {@code reports/progress-<first>-to-<last>.md} for another
 * period). The page is a draft to be edited like any page. Generating again for a period whose page is there does not
 * overwrite it: the new figures become a proposal to change the page, which shows what changed and waits for a
 * review, so that nobody's edits of the draft are lost; when the figures are the page's as it is, nothing is written.
 */
@Service
class GenerateProgressReport {

    static final String FOLDER = "reports/";
    /** Ten years: a report over a longer time is not an annual one, and would read the whole history each time. */
    static final long MAX_DAYS = 3660;

    private final Permissions permissions;
    private final List<ReportSection> sections;
    private final ReportWriter writer;
    private final Accounts accounts;
    private final WriteGeneratedPage writeGeneratedPage;
    private final Clock clock;

    GenerateProgressReport(
            Permissions permissions,
            List<ReportSection> sections,
            ReportWriter writer,
            Accounts accounts,
            WriteGeneratedPage writeGeneratedPage,
            Clock clock) {
        this.permissions = permissions;
        this.sections = List.copyOf(sections);
        this.writer = writer;
        this.accounts = accounts;
        this.writeGeneratedPage = writeGeneratedPage;
        this.clock = clock;
    }

    /**
     * Writes the report. {@code times} is the generating person's (their zone); the report's dates and numbers are
     * written in the report's language.
     */
    @Transactional
    GeneratedReport generate(Actor actor, Community community, NewProgressReport report, TimePresenter times) {
        permissions.require(actor, Action.GENERATE_PROGRESS_REPORT, community.id());
        ReportPeriod period = report.period();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (period.last().isAfter(today)) {
            throw new InvalidInputException("last", Text.of("progressreports.field.last-in-future", today.toString()));
        }
        if (ChronoUnit.DAYS.between(period.first(), period.last()) >= MAX_DAYS) {
            throw new InvalidInputException("first", Text.of("progressreports.field.too-long", 10));
        }
        Account person = accounts.byId(actor.accountId()).orElseThrow(() -> new NotFoundException("No such account"));
        Language language = report.language();
        TimePresenter inLanguage = times.inLanguage(language.locale());
        Markdown written = write(community, person, period, language, inLanguage);
        String path = path(period);
        WriteGeneratedPage.Written generated = writeGeneratedPage.write(
                actor,
                new Author(person.displayName(), person.email()),
                community.id(),
                new PageEdit(path, written.title(), written.body(), null, "Progress report generated")
                        .withFields(Map.of(PageLanguage.FIELD, language.code())),
                // nothing changed since the page was written (or last accepted): no empty proposal
                (existing, fresh) -> existing.strip().equals(fresh.strip()),
                new WriteGeneratedPage.Proposal(
                        Text.of("progressreports.proposal.title", written.title(), inLanguage.date(clock.instant()))
                                .in(language),
                        Text.of("progressreports.proposal.description").in(language),
                        "Progress report generated again"),
                Text.of("progressreports.written-meanwhile"));
        return new GeneratedReport(
                path,
                generated.proposalId(),
                generated.proposalId() == null
                        ? PageAddress.page(community.slug(), path)
                        : PageAddress.proposal(community.slug(), generated.proposalId()),
                generated.unchanged());
    }

    /** The page's title and body. */
    private record Markdown(String title, String body) {}

    private Markdown write(
            Community community, Account person, ReportPeriod period, Language language, TimePresenter times) {
        ReportRequest request = new ReportRequest(community, period, language);
        List<ReportPart> parts = new ArrayList<>();
        for (ReportSection section : sections) {
            section.part(request).ifPresent(parts::add);
        }
        parts.sort(Comparator.comparingInt(ReportPart::order));
        TimePresenter utc = TimePresenter.in(ZoneOffset.UTC).inLanguage(language.locale());
        String first = utc.date(period.from());
        String last = utc.date(period.until().minusSeconds(1));
        String title = period.calendarYear()
                ? Text.of(
                                "progressreports.page.title-year",
                                String.valueOf(period.first().getYear()))
                        .in(language)
                : Text.of("progressreports.page.title-period", first, last).in(language);
        Text introduction = Text.of(
                "progressreports.page.introduction",
                ReportWriter.escape(community.name()),
                first,
                last,
                times.date(clock.instant()),
                ReportWriter.escape(person.displayName()));
        return new Markdown(title, writer.write(language, times, introduction, parts));
    }

    static String path(ReportPeriod period) {
        return FOLDER + "progress-"
                + (period.calendarYear()
                        ? String.valueOf(period.first().getYear())
                        : period.first() + "-to-" + period.last())
                + ".md";
    }
}
