package org.statcommons.content.publishing;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.content.Author;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.Text;

/** Publishing a version of a page, and taking it back (facilitators and the secretariat). */
@Controller
@CommunityTab("space")
class PublishController {

    private final PublishPage publishing;

    PublishController(PublishPage publishing) {
        this.publishing = publishing;
    }

    @PostMapping("/c/{slug}/space/-/publish/{*rest}")
    String publish(
            @Permitted(Action.PUBLISH_PAGE) Community community,
            @PathVariable String rest,
            @RequestParam(required = false) String version,
            Author author,
            RedirectAttributes redirect) {
        String path = SpaceAddress.path(rest);
        publishing.publish(community.id(), path, version, author);
        redirect.addFlashAttribute("notice", Text.of("content.notice.published"));
        return "redirect:" + SpaceAddress.page(community.slug(), path);
    }

    @PostMapping("/c/{slug}/space/-/unpublish/{*rest}")
    String unpublish(
            @Permitted(Action.PUBLISH_PAGE) Community community,
            @PathVariable String rest,
            RedirectAttributes redirect) {
        String path = SpaceAddress.path(rest);
        boolean was = publishing.unpublish(community.id(), path);
        redirect.addFlashAttribute(
                "notice", was ? Text.of("content.notice.unpublished") : Text.of("content.notice.not-published"));
        return "redirect:" + SpaceAddress.page(community.slug(), path);
    }
}
