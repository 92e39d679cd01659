package org.statcommons.academy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.meetings.MeetingSummary;
import org.statcommons.meetings.SessionCalendar;

/**
 * A course's runs as their readers see them: anyone who may read the course sees a run's days, instructors and how many
 * joined; participants, instructors and maintainers see its sessions (meetings, asked of meetings' public API: a
 * cancelled one is left out); instructors and maintainers see each participant's progress in the course.
 */
@Component
class RunPresenter {

    private final CourseRuns runs;
    private final CoursePresenter courses;
    private final Accounts accounts;
    private final SessionCalendar calendar;
    private final DoneEpisodes done;
    private final Completions completions;
    private final Permissions permissions;

    RunPresenter(
            CourseRuns runs,
            CoursePresenter courses,
            Accounts accounts,
            SessionCalendar calendar,
            DoneEpisodes done,
            Completions completions,
            Permissions permissions) {
        this.runs = runs;
        this.courses = courses;
        this.accounts = accounts;
        this.calendar = calendar;
        this.done = done;
        this.completions = completions;
        this.permissions = permissions;
    }

    record RunList(CourseView view, List<CourseRun> runs, boolean mayCreate) {}

    RunList list(Actor actor, Community community, String name) {
        CourseView view = courses.course(actor, community, name);
        return new RunList(
                view,
                runs.ofCourse(view.course().id()),
                permissions.may(actor, Action.MAINTAIN_COURSES, community.id()));
    }

    /** A participant's progress in the course, as the run's instructors see it. */
    record ParticipantProgress(String name, int done, int total, boolean completed) {}

    record RunView(
            CourseView view,
            CourseRun run,
            String address,
            List<String> instructors,
            boolean participant,
            boolean mayJoin,
            boolean mayManage,
            List<MeetingSummary> sessions,
            List<ParticipantProgress> progress) {}

    RunView run(Actor actor, Community community, String name, long id) {
        CourseView view = courses.course(actor, community, name);
        CourseRun run = runs.ofCourse(view.course().id(), id);
        Long me = actor.accountId();
        boolean participant = me != null && run.participants().contains(me);
        boolean instructor = me != null && run.instructors().contains(me);
        boolean mayManage = permissions.may(actor, Action.MAINTAIN_COURSES, community.id());
        Map<Long, Account> people = accounts
                .byIds(java.util.stream.Stream.concat(run.instructors().stream(), run.participants().stream())
                        .toList())
                .stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        List<MeetingSummary> sessions = participant || instructor || mayManage
                ? run.sessions().stream()
                        .map(meeting -> calendar.scheduled(community.id(), meeting))
                        .flatMap(java.util.Optional::stream)
                        .sorted(java.util.Comparator.comparing(MeetingSummary::start))
                        .toList()
                : List.of();
        Set<String> episodes =
                view.material().episodes().stream().map(Episode::name).collect(Collectors.toSet());
        List<ParticipantProgress> progress = instructor || mayManage
                ? run.participants().stream()
                        .filter(people::containsKey)
                        .map(p -> new ParticipantProgress(
                                people.get(p).displayName(),
                                (int) done.of(view.course().id(), p).stream()
                                        .filter(episodes::contains)
                                        .count(),
                                episodes.size(),
                                completions.of(view.course().id(), p).isPresent()))
                        .toList()
                : List.of();
        return new RunView(
                view,
                run,
                CourseAddress.run(community.slug(), name, id),
                run.instructors().stream()
                        .filter(people::containsKey)
                        .map(i -> people.get(i).displayName())
                        .toList(),
                participant,
                me != null && permissions.may(actor, Action.ENROL_IN_COURSES, community.id()),
                mayManage,
                sessions,
                progress);
    }
}
