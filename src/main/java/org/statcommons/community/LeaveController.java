package org.statcommons.community;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * Leaving a community, behind a confirmation: the members tab links to a page that says what leaving means, and
 * only its form (with {@code confirmed=true}) leaves. A post without it — a stray or forged click — shows that page.
 */
@Controller
@CommunityTab("members")
class LeaveController {

    private final LeaveCommunity leaveCommunity;

    LeaveController(LeaveCommunity leaveCommunity) {
        this.leaveCommunity = leaveCommunity;
    }

    @GetMapping("/c/{slug}/leave")
    String confirm(@Permitted(Action.LEAVE_COMMUNITY) Community community) {
        return "community/leave";
    }

    /** The last secretariat member is told why not on the confirmation page. */
    @PostMapping("/c/{slug}/leave")
    @ShowFormOnError("confirm")
    String leave(
            @Permitted(Action.LEAVE_COMMUNITY) Community community,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Actor actor,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return "redirect:" + CommunityAddress.of(community.slug()) + "/leave";
        }
        leaveCommunity.leave(actor, community);
        redirect.addFlashAttribute("notice", Text.of("community.notice.left", community.name()));
        return "redirect:" + CommunityAddress.of(community.slug());
    }
}
