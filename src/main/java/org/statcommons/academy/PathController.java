package org.statcommons.academy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's learning paths: the list (and, for maintainers, the form to make one) and each path with the reader's
 * progress along it. Anyone may read a path; each course on it is shown to those who may read the course.
 */
@Controller
@CommunityTab("courses")
class PathController {

    private final PathPresenter presenter;
    private final CreateLearningPath create;

    PathController(PathPresenter presenter, CreateLearningPath create) {
        this.presenter = presenter;
        this.create = create;
    }

    @GetMapping("/c/{slug}/paths")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("form") NewLearningPath form,
            Actor actor,
            Model model) {
        model.addAttribute("list", presenter.list(actor, community));
        if (form.title() == null) {
            model.addAttribute("form", NewLearningPath.blank());
        }
        return "academy/paths";
    }

    @PostMapping("/c/{slug}/paths")
    @ShowFormOnError("list")
    String create(
            @Permitted(Action.MAINTAIN_COURSES) Community community,
            @ModelAttribute("form") NewLearningPath form,
            Actor actor) {
        return "redirect:" + CourseAddress.path(community.slug(), create.create(actor, community, form));
    }

    @GetMapping("/c/{slug}/paths/{id}")
    String path(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            Actor actor,
            Model model) {
        model.addAttribute("view", presenter.path(actor, community, id));
        return "academy/path";
    }
}
