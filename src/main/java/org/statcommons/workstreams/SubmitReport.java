package org.statcommons.workstreams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A lead records a progress report against one due date of the workstream's schedule: one passed without a report,
 * or the next. The report is a page of the workstream's folder, a short text, or both.
 */
@Service
class SubmitReport {

    static final int SUMMARY_MAX = 2000;

    private final LeadChecker leads;
    private final Workstreams workstreams;
    private final WorkstreamReports reports;
    private final Pages pages;
    private final Clock clock;

    SubmitReport(LeadChecker leads, Workstreams workstreams, WorkstreamReports reports, Pages pages, Clock clock) {
        this.leads = leads;
        this.workstreams = workstreams;
        this.reports = reports;
        this.pages = pages;
        this.clock = clock;
    }

    @Transactional
    void submit(Actor actor, Community community, long id, NewReport report) {
        leads.require(actor, community, id);
        Workstream workstream = workstreams.lock(id);
        if (!workstream.status().running()) {
            throw new ConflictException(Text.of("workstreams.report.not-running"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Set<LocalDate> reported =
                reports.of(id).stream().map(WorkstreamReports.Report::dueOn).collect(Collectors.toSet());
        TextInput input = new TextInput();
        LocalDate due = input.day("dueOn", Text.of("workstreams.report.due"), report.dueOn(), true);
        if (due != null && !workstream.schedule().open(today, reported).contains(due)) {
            input.error("dueOn", Text.of("workstreams.report.not-due", due));
        }
        String summary =
                input.block("summary", Text.of("workstreams.field.summary"), report.summary(), SUMMARY_MAX, false);
        String page = report.page().strip();
        if (!page.isEmpty()) {
            if (!page.endsWith(".md")) {
                page = page + ".md";
            }
            if (!page.startsWith(workstream.folder())) {
                input.error("page", Text.of("workstreams.report.page-folder", workstream.folder()));
            } else {
                try {
                    pages.read(community.id(), page);
                } catch (NotFoundException | InvalidInputException missing) {
                    input.error("page", Text.of("workstreams.report.page-missing", page));
                }
            }
        }
        if (page.isEmpty() && summary.isEmpty()) {
            input.error("summary", Text.of("workstreams.report.empty"));
        }
        input.throwIfInvalid();
        if (!reports.insert(id, due, page.isEmpty() ? null : page, summary, actor.accountId(), clock.instant())) {
            throw new ConflictException(Text.of("workstreams.report.already", due.toString()));
        }
    }
}
