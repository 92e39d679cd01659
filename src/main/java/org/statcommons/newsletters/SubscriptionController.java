package org.statcommons.newsletters;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;

/**
 * Receiving newsletters: anyone who subscribed (on the archive, {@link NewsletterController}) confirms the address
 * from the e-mail; a member turns them off or on; the secretariat sees the subscribers; the link in each newsletter
 * unsubscribes with one click (RFC 8058: a mail client POSTs to it with no session and no CSRF token, so identity
 * exempts exactly that path, and the secret in the address is the proof). Opening a link shows a screen with a
 * button: a GET changes nothing, since mail scanners open links.
 */
@Controller
@CommunityTab("newsletters")
class SubscriptionController {

    private final Communities communities;
    private final ConfirmSubscription confirmSubscription;
    private final ReceiveNewsletters receiveNewsletters;
    private final UnsubscribeFromNewsletter unsubscribe;
    private final Subscribers subscribers;

    SubscriptionController(
            Communities communities,
            ConfirmSubscription confirmSubscription,
            ReceiveNewsletters receiveNewsletters,
            UnsubscribeFromNewsletter unsubscribe,
            Subscribers subscribers) {
        this.communities = communities;
        this.confirmSubscription = confirmSubscription;
        this.receiveNewsletters = receiveNewsletters;
        this.unsubscribe = unsubscribe;
        this.subscribers = subscribers;
    }

    @GetMapping("/c/{slug}/newsletters/confirm/{secret}")
    String confirmPage(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, @PathVariable String secret, Model model) {
        model.addAttribute("heading", Text.of("newsletters.confirm.heading"));
        model.addAttribute("question", Text.of("newsletters.confirm.question", community.name()));
        model.addAttribute("action", "/c/" + community.slug() + "/newsletters/confirm/" + secret);
        model.addAttribute("button", Text.of("newsletters.confirm.button"));
        return "newsletters/link";
    }

    @PostMapping("/c/{slug}/newsletters/confirm/{secret}")
    String confirm(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable String secret,
            RedirectAttributes redirect) {
        confirmSubscription.confirm(secret);
        redirect.addFlashAttribute("notice", Text.of("newsletters.notice.confirmed", community.name()));
        return "redirect:/c/" + community.slug() + "/newsletters";
    }

    @PostMapping("/c/{slug}/newsletters/me")
    String choose(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @RequestParam(defaultValue = "false") boolean receive,
            Actor actor,
            RedirectAttributes redirect) {
        receiveNewsletters.receive(actor, community, receive);
        redirect.addFlashAttribute(
                "notice", receive ? Text.of("newsletters.notice.receive") : Text.of("newsletters.notice.stopped"));
        return "redirect:/c/" + community.slug() + "/newsletters";
    }

    @GetMapping("/c/{slug}/newsletters/subscribers")
    String subscribers(@Permitted(Action.SEND_NEWSLETTER) Community community, Model model) {
        model.addAttribute("subscribers", subscribers.all(community.id()));
        return "newsletters/subscribers";
    }

    @GetMapping(NewsletterMailer.UNSUBSCRIBE_PATH + "{secret}")
    String unsubscribePage(@PathVariable String secret, Model model) {
        model.addAttribute("heading", Text.of("newsletters.unsubscribe.heading"));
        model.addAttribute(
                "question",
                communityName(unsubscribe.communityOf(secret))
                        .map(name -> Text.of("newsletters.unsubscribe.question", name))
                        .orElse(Text.of("newsletters.unsubscribe.question.this")));
        model.addAttribute("action", NewsletterMailer.UNSUBSCRIBE_PATH + secret);
        model.addAttribute("button", Text.of("newsletters.unsubscribe.button"));
        return "newsletters/link";
    }

    @PostMapping(NewsletterMailer.UNSUBSCRIBE_PATH + "{secret}")
    String unsubscribe(@PathVariable String secret, Model model) {
        long communityId = unsubscribe.unsubscribe(secret);
        model.addAttribute("heading", Text.of("newsletters.unsubscribed.heading"));
        model.addAttribute(
                "question",
                communityName(communityId)
                        .map(name -> Text.of("newsletters.unsubscribed.text", name))
                        .orElse(Text.of("newsletters.unsubscribed.text.this")));
        return "newsletters/link";
    }

    private Optional<String> communityName(long communityId) {
        return communities.byId(communityId).map(Community::name);
    }
}
