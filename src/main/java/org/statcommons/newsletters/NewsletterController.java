package org.statcommons.newsletters;

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
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The Newsletters tab: the public archive with its subscription form, a member's own choice, and for the
 * secretariat the drafts; and one newsletter, public once sent, with its send button for the secretariat. A refused
 * address or send comes back on the same screen with the message.
 */
@Controller
@CommunityTab("newsletters")
class NewsletterController {

    private final NewsletterPresenter presenter;
    private final SubscribeToNewsletter subscribe;
    private final SendNewsletter sendNewsletter;

    NewsletterController(
            NewsletterPresenter presenter, SubscribeToNewsletter subscribe, SendNewsletter sendNewsletter) {
        this.presenter = presenter;
        this.subscribe = subscribe;
        this.sendNewsletter = sendNewsletter;
    }

    /** The archive; its subscription form empty, or as typed when refused. */
    @GetMapping("/c/{slug}/newsletters")
    String archive(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("subscription") SubscriptionForm subscription,
            Actor actor,
            Model model) {
        model.addAttribute("archive", presenter.archive(actor, community));
        return "newsletters/archive";
    }

    @PostMapping("/c/{slug}/newsletters/subscribe")
    @ShowFormOnError("archive")
    String subscribe(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("subscription") SubscriptionForm subscription,
            Actor actor,
            RedirectAttributes redirect) {
        EmailAddress email = subscription.address();
        subscribe.subscribe(actor, community, email);
        redirect.addFlashAttribute("notice", Text.of("newsletters.notice.subscribe", email.value()));
        return "redirect:/c/" + community.slug() + "/newsletters";
    }

    @GetMapping("/c/{slug}/newsletters/{id}")
    String newsletter(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            Actor actor,
            Model model) {
        model.addAttribute("view", presenter.newsletter(actor, community, id));
        return "newsletters/newsletter";
    }

    @PostMapping("/c/{slug}/newsletters/{id}/send")
    @ShowFormOnError("newsletter")
    String send(
            @Permitted(Action.SEND_NEWSLETTER) Community community,
            @PathVariable long id,
            Actor actor,
            RedirectAttributes redirect) {
        int recipients = sendNewsletter.send(actor, community, id);
        redirect.addFlashAttribute("notice", Text.of("newsletters.notice.sent", recipients));
        return "redirect:/c/" + community.slug() + "/newsletters/" + id;
    }
}
