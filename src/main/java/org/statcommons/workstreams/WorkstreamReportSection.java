package org.statcommons.workstreams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;
import org.statcommons.progressreports.ReportBlock;
import org.statcommons.progressreports.ReportCell;
import org.statcommons.progressreports.ReportPart;
import org.statcommons.progressreports.ReportRequest;
import org.statcommons.progressreports.ReportSection;

/**
 * The workstreams at work in the period and the workplans of the period, for the annual progress report: each
 * workstream with its state, its leads, the reports due in the period, how many were submitted and which are
 * overdue; each workplan with its items done, in progress, dropped and overdue. A due date still ahead (the period
 * runs to today) is not overdue yet.
 */
@Component
class WorkstreamReportSection implements ReportSection {

    private final Workstreams workstreams;
    private final WorkstreamReports reports;
    private final WorkstreamMembers members;
    private final Workplans workplans;
    private final Accounts accounts;
    private final Clock clock;

    WorkstreamReportSection(
            Workstreams workstreams,
            WorkstreamReports reports,
            WorkstreamMembers members,
            Workplans workplans,
            Accounts accounts,
            Clock clock) {
        this.workstreams = workstreams;
        this.reports = reports;
        this.members = members;
        this.workplans = workplans;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public java.util.Optional<ReportPart> part(ReportRequest request) {
        LocalDate first = request.period().first();
        LocalDate last = request.period().last();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // a due date is overdue from the day after it, and only up to the period's end
        LocalDate overdueBefore = today.isAfter(last) ? last.plusDays(1) : today;
        long communityId = request.community().id();
        String slug = request.community().slug();

        List<Workstream> active = workstreams.activeBetween(
                communityId, first, last, request.period().from());
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Workstream w : active) {
            List<LocalDate> due = w.schedule().dueUntil(last).stream()
                    .filter(d -> !d.isBefore(first))
                    .toList();
            Set<LocalDate> reported = reports.of(w.id()).stream()
                    .map(WorkstreamReports.Report::dueOn)
                    .collect(Collectors.toSet());
            long submitted = due.stream().filter(reported::contains).count();
            List<LocalDate> overdue = due.stream()
                    .filter(d -> d.isBefore(overdueBefore) && !reported.contains(d))
                    .toList();
            rows.add(List.of(
                    ReportCell.link(w.title(), WorkstreamAddress.of(slug, w.id())),
                    ReportCell.words("workstreams.status." + w.status()),
                    ReportCell.typed(leads(w.id())),
                    ReportCell.words("workstreams.report.submitted-of", submitted, due.size()),
                    ReportCell.days(overdue)));
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(Text.of("workstreams.report.count", active.size())));
        blocks.add(new ReportBlock.Table(
                List.of(
                        Text.of("workstreams.report.column.workstream"),
                        Text.of("workstreams.report.column.state"),
                        Text.of("workstreams.report.column.leads"),
                        Text.of("workstreams.report.column.reports"),
                        Text.of("workstreams.report.column.overdue")),
                rows,
                null));

        List<Workplans.Standing> plans = workplans.standingBetween(communityId, first, last, overdueBefore);
        List<List<ReportCell>> planRows = new ArrayList<>();
        for (Workplans.Standing p : plans) {
            planRows.add(List.of(
                    ReportCell.link(p.title(), WorkstreamAddress.workplan(slug, p.id())),
                    ReportCell.words("workplans.kind." + p.kind()),
                    ReportCell.number(p.done()),
                    ReportCell.number(p.inProgress()),
                    ReportCell.number(p.dropped()),
                    ReportCell.number(p.overdue())));
        }
        blocks.add(new ReportBlock.Subheading(Text.of("workstreams.report.workplans")));
        blocks.add(new ReportBlock.Table(
                List.of(
                        Text.of("workstreams.report.column.workplan"),
                        Text.of("workstreams.report.column.kind"),
                        Text.of("workstreams.report.column.done"),
                        Text.of("workstreams.report.column.in-progress"),
                        Text.of("workstreams.report.column.dropped"),
                        Text.of("workstreams.report.column.overdue-items")),
                planRows,
                Text.of("workstreams.report.no-workplan")));
        return java.util.Optional.of(new ReportPart(22, Text.of("workstreams.report.heading"), blocks));
    }

    /** The leads' names, by name. */
    private String leads(long workstreamId) {
        return accounts.byIds(members.leads(workstreamId)).stream()
                .map(Account::displayName)
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
