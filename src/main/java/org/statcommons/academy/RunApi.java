package org.statcommons.academy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/** A course's runs in JSON, read only, as their pages show them to the caller ({@link RunPresenter}). */
@RestController
class RunApi {

    record RunJson(
            long id, String title, LocalDate startsOn, LocalDate endsOn, Integer cap, int participants, String url) {}

    record SessionJson(long meeting, String title, Instant start, Instant end, String url) {}

    record ProgressJson(String name, int done, int total, boolean completed) {}

    record RunDetailJson(
            RunJson run,
            List<String> instructors,
            boolean participant,
            List<SessionJson> sessions,
            List<ProgressJson> progress) {}

    private final RunPresenter presenter;

    RunApi(RunPresenter presenter) {
        this.presenter = presenter;
    }

    @GetMapping("/api/v1/communities/{slug}/courses/{course}/runs")
    List<RunJson> runs(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable String course, Actor actor) {
        return presenter.list(actor, community, course).runs().stream()
                .map(run -> json(run, CourseAddress.run(community.slug(), course, run.id())))
                .toList();
    }

    @GetMapping("/api/v1/communities/{slug}/courses/{course}/runs/{id}")
    RunDetailJson run(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable long id,
            Actor actor) {
        RunPresenter.RunView view = presenter.run(actor, community, course, id);
        return new RunDetailJson(
                json(view.run(), view.address()),
                view.instructors(),
                view.participant(),
                view.sessions().stream()
                        .map(s -> new SessionJson(s.meetingId(), s.title(), s.start(), s.end(), s.link()))
                        .toList(),
                view.progress().stream()
                        .map(p -> new ProgressJson(p.name(), p.done(), p.total(), p.completed()))
                        .toList());
    }

    private static RunJson json(CourseRun run, String address) {
        return new RunJson(
                run.id(),
                run.title(),
                run.startsOn(),
                run.endsOn(),
                run.cap(),
                run.participants().size(),
                address);
    }
}
