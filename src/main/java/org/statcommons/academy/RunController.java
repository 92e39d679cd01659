package org.statcommons.academy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A course's runs (cohorts): the list with the maintainers' form to start one, each run's page (days, instructors,
 * joining and leaving, its sessions as meetings, its participants' progress for instructors), and adding a session.
 */
@Controller
@CommunityTab("courses")
class RunController {

    private final RunPresenter presenter;
    private final CreateCourseRun create;
    private final JoinCourseRun join;
    private final AddRunSession addSession;

    RunController(RunPresenter presenter, CreateCourseRun create, JoinCourseRun join, AddRunSession addSession) {
        this.presenter = presenter;
        this.create = create;
        this.join = join;
        this.addSession = addSession;
    }

    @GetMapping("/c/{slug}/courses/{course}/runs")
    String runs(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @ModelAttribute("form") NewCourseRun form,
            Actor actor,
            Model model) {
        model.addAttribute("list", presenter.list(actor, community, course));
        if (form.title() == null) {
            model.addAttribute("form", NewCourseRun.blank());
        }
        return "academy/runs";
    }

    @PostMapping("/c/{slug}/courses/{course}/runs")
    @ShowFormOnError("runs")
    String create(
            @Permitted(Action.MAINTAIN_COURSES) Community community,
            @PathVariable String course,
            @ModelAttribute("form") NewCourseRun form,
            Actor actor) {
        long id = create.create(actor, community, course, form);
        return "redirect:" + CourseAddress.run(community.slug(), course, id);
    }

    @GetMapping("/c/{slug}/courses/{course}/runs/{id}")
    String run(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable long id,
            @ModelAttribute("form") NewRunSession form,
            Actor actor,
            Model model) {
        model.addAttribute("run", presenter.run(actor, community, course, id));
        return "academy/run";
    }

    /** Joins the run ({@code join=false}: leaves it). */
    @PostMapping("/c/{slug}/courses/{course}/runs/{id}/participation")
    String participation(
            @Permitted(Action.ENROL_IN_COURSES) Community community,
            @PathVariable String course,
            @PathVariable long id,
            @RequestParam(name = "join", required = false) String joining,
            Actor actor) {
        join.join(actor, community, course, id, !"false".equals(joining));
        return "redirect:" + CourseAddress.run(community.slug(), course, id);
    }

    @PostMapping("/c/{slug}/courses/{course}/runs/{id}/sessions")
    @ShowFormOnError("run")
    String session(
            @Permitted(Action.MAINTAIN_COURSES) Community community,
            @PathVariable String course,
            @PathVariable long id,
            @ModelAttribute("form") NewRunSession form,
            Actor actor) {
        addSession.add(actor, community, course, id, form.meeting());
        return "redirect:" + CourseAddress.run(community.slug(), course, id);
    }
}
