package org.statcommons.community;

import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.Markdown;

/**
 * A community's public landing page, with the welcome of a new member, the community's published pages and its
 * member organisations.
 */
@Controller
@CommunityTab("about")
class LandingController {

    private final LandingPresenter presenter;
    private final WelcomePresenter welcome;
    private final Markdown markdown;
    private final ObjectProvider<LandingContent> contents;
    private final ObjectProvider<MembersContent> members;

    LandingController(
            LandingPresenter presenter,
            WelcomePresenter welcome,
            Markdown markdown,
            ObjectProvider<LandingContent> contents,
            ObjectProvider<MembersContent> members) {
        this.presenter = presenter;
        this.welcome = welcome;
        this.markdown = markdown;
        this.contents = contents;
        this.members = members;
    }

    @GetMapping("/c/{slug}")
    String landing(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Actor actor, Model model) {
        model.addAttribute("facts", presenter.present(community));
        model.addAttribute("descriptionHtml", markdown.toHtml(community.description()));
        model.addAttribute("welcome", welcome.present(actor, community).orElse(null));
        model.addAttribute(
                "sections",
                contents.stream()
                        .flatMap(content -> content.section(community).stream())
                        .sorted(Comparator.comparingInt(ListedSection::order))
                        .toList());
        model.addAttribute(
                "grouped",
                members.stream()
                        .flatMap(content -> content.onLanding(community).stream())
                        .sorted(Comparator.comparingInt(GroupedSection::order))
                        .toList());
        return "community/landing";
    }
}
