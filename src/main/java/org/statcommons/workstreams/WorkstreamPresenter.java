package org.statcommons.workstreams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/** Builds what the workstream screens and the API show: the list with each one's reports due, and one workstream. */
@Component
class WorkstreamPresenter {

    /** A workstream in the list: its next report and its overdue due dates. */
    record Listed(Workstream workstream, LocalDate nextReport, List<LocalDate> overdue) {}

    /** A person of a workstream, with their part. */
    record Person(Account account, WorkstreamMembers.Part part) {}

    /** One due date of the schedule, and the report that answers it, if any. */
    record Due(LocalDate on, WorkstreamReports.Report report, boolean overdue, String reportLink) {}

    /** One workstream as its screen shows it. */
    record WorkstreamView(
            Workstream workstream,
            String termsLink,
            String decisionLink,
            String topicGroupLink,
            List<Person> people,
            List<Due> schedule,
            List<LocalDate> open,
            boolean leads) {}

    private final Workstreams workstreams;
    private final WorkstreamMembers people;
    private final WorkstreamReports reports;
    private final Accounts accounts;
    private final LeadChecker leads;
    private final org.statcommons.community.TopicGroups topicGroups;
    private final Clock clock;

    WorkstreamPresenter(
            Workstreams workstreams,
            WorkstreamMembers people,
            WorkstreamReports reports,
            Accounts accounts,
            LeadChecker leads,
            org.statcommons.community.TopicGroups topicGroups,
            Clock clock) {
        this.workstreams = workstreams;
        this.people = people;
        this.reports = reports;
        this.accounts = accounts;
        this.leads = leads;
        this.topicGroups = topicGroups;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    List<Listed> list(Community community) {
        LocalDate today = today();
        return workstreams.of(community.id()).stream()
                .map(w -> {
                    Set<LocalDate> reported = reported(w.id());
                    return new Listed(
                            w,
                            w.status().running() ? w.schedule().next(today.minusDays(1)) : null,
                            w.status().running() ? w.schedule().overdue(today, reported) : List.of());
                })
                .toList();
    }

    WorkstreamView view(Actor actor, Community community, Workstream w) {
        LocalDate today = today();
        List<WorkstreamReports.Report> written = reports.of(w.id());
        Map<LocalDate, WorkstreamReports.Report> byDue =
                written.stream().collect(Collectors.toMap(WorkstreamReports.Report::dueOn, Function.identity()));
        Map<Long, WorkstreamMembers.Part> parts = people.of(w.id());
        Map<Long, Account> found =
                accounts.byIds(parts.keySet()).stream().collect(Collectors.toMap(Account::id, Function.identity()));
        List<Person> persons = parts.entrySet().stream()
                .filter(e -> found.containsKey(e.getKey()))
                .map(e -> new Person(found.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Person p) -> p.part().ordinal())
                        .thenComparing(p -> p.account().displayName()))
                .toList();
        List<LocalDate> dates = new java.util.ArrayList<>(w.schedule().dueUntil(today));
        LocalDate next = w.status().running() ? w.schedule().next(today) : null;
        if (next != null) {
            dates.add(next);
        }
        List<Due> schedule = dates.stream()
                .map(d -> {
                    WorkstreamReports.Report r = byDue.get(d);
                    return new Due(
                            d,
                            r,
                            r == null && d.isBefore(today) && w.status().running(),
                            r == null || r.pagePath() == null
                                    ? null
                                    : PageAddress.page(community.slug(), r.pagePath()));
                })
                .toList();
        String group = w.topicGroupId() == null
                ? null
                : topicGroups
                        .byId(community, w.topicGroupId())
                        .map(g -> "/c/" + community.slug() + "/topics/" + g.slug())
                        .orElse(null);
        return new WorkstreamView(
                w,
                PageAddress.page(community.slug(), w.termsPath()),
                w.decisionId() == null ? null : "/c/" + community.slug() + "/decisions/" + w.decisionId(),
                group,
                persons,
                schedule,
                w.status().running() ? w.schedule().open(today, byDue.keySet()) : List.of(),
                leads.may(actor, community, w));
    }

    private Set<LocalDate> reported(long id) {
        return reports.of(id).stream().map(WorkstreamReports.Report::dueOn).collect(Collectors.toSet());
    }
}
