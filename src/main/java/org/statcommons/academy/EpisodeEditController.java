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
import org.statcommons.content.Author;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Editing an episode in the browser, for those who write the course: its whole file (front matter and Markdown) in a
 * text box, saved as one commit on main. Translators and authors who do not use Git change a course here.
 */
@Controller
@CommunityTab("courses")
class EpisodeEditController {

    private final CoursePresenter presenter;
    private final EditEpisode editEpisode;

    EpisodeEditController(CoursePresenter presenter, EditEpisode editEpisode) {
        this.presenter = presenter;
        this.editEpisode = editEpisode;
    }

    @GetMapping("/c/{slug}/courses/{course}/episodes/{episode}/edit")
    String editForm(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable String episode,
            @ModelAttribute("form") EpisodeChange form,
            Actor actor,
            Model model) {
        CoursePresenter.EpisodeSource source = presenter.source(actor, community, course, episode);
        model.addAttribute("view", source.view());
        model.addAttribute("episode", source.episode());
        if (form.text() == null) {
            model.addAttribute(
                    "form",
                    new EpisodeChange(source.text(), source.view().material().commitId(), ""));
        }
        return "academy/edit";
    }

    @PostMapping("/c/{slug}/courses/{course}/episodes/{episode}/edit")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String course,
            @PathVariable String episode,
            @ModelAttribute("form") EpisodeChange form,
            Actor actor,
            Author author,
            RedirectAttributes redirect) {
        editEpisode.edit(actor, community, course, episode, form, author);
        redirect.addFlashAttribute("notice", Text.of("academy.edit.saved"));
        return "redirect:" + CourseAddress.episode(community.slug(), course, episode);
    }
}
