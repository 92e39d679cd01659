package org.statcommons.academy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A course's releases: the list with their changelogs and where to read and download each, and for maintainers the
 * form to release main as the next version. Reading a course as of a release is the course's own site under
 * {@code /v/{version}} ({@link CourseController}).
 */
@Controller
@CommunityTab("courses")
class CourseReleaseController {

    private final ReleasePresenter presenter;
    private final ReleaseCourse releaseCourse;

    CourseReleaseController(ReleasePresenter presenter, ReleaseCourse releaseCourse) {
        this.presenter = presenter;
        this.releaseCourse = releaseCourse;
    }

    @GetMapping("/c/{slug}/courses/{course}/releases")
    String releases(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @ModelAttribute("form") NewRelease form,
            Actor actor,
            Model model) {
        ReleasePresenter.ReleasesView shown = presenter.releases(actor, community, course);
        model.addAttribute("shown", shown);
        model.addAttribute("view", shown.view());
        if (form.version() == null) {
            model.addAttribute("form", shown.next());
        }
        return "academy/releases";
    }

    @PostMapping("/c/{slug}/courses/{course}/releases")
    @ShowFormOnError("releases")
    String release(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @ModelAttribute("form") NewRelease form,
            Actor actor,
            RedirectAttributes redirect) {
        CourseRelease made = releaseCourse.release(actor, community, course, form);
        redirect.addFlashAttribute("notice", Text.of("academy.release.notice.made", made.version()));
        return "redirect:" + CourseAddress.releases(community.slug(), course);
    }
}
