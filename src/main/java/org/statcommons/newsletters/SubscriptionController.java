package org.statcommons.newsletters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityFrame;
import org.statcommons.platform.InvalidInputException;

/**
 * Receiving newsletters: anyone subscribes with an address and confirms it from the e-mail; a member turns
 * them off or on; the link in each newsletter unsubscribes with one click (RFC 8058: a mail client POSTs to
 * it with no session and no CSRF token, so identity exempts exactly that path, and the secret in the address
 * is the proof). Opening a link shows a page with a button: a GET changes nothing, since mail scanners
 * open links.
 */
@Controller
class SubscriptionController {

    private final CommunityFrame pages;
    private final Communities communities;
    private final Subscribing subscribing;
    private final Subscribers subscribers;
    private final NewsletterPages archive;

    SubscriptionController(CommunityFrame pages, Communities communities, Subscribing subscribing, Subscribers subscribers,
                           NewsletterPages archive) {
        this.pages = pages;
        this.communities = communities;
        this.subscribing = subscribing;
        this.subscribers = subscribers;
        this.archive = archive;
    }

    @PostMapping("/c/{slug}/newsletters/subscribe")
    String subscribe(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "") String email, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "newsletters");
        try {
            subscribing.subscribe(actor, community, email);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return archive.archive(community, actor, model, email, e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Almost done: we sent a link to " + email.strip().toLowerCase(java.util.Locale.ROOT)
                + ". Open it to confirm; nothing is sent to the address before that. (If it is already subscribed, or we sent "
                + "a link within the last hour, no new e-mail goes out.)");
        return "redirect:/c/" + community.slug() + "/newsletters";
    }

    @GetMapping("/c/{slug}/newsletters/confirm/{secret}")
    String confirmPage(@PathVariable String slug, @PathVariable String secret, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "newsletters");
        model.addAttribute("heading", "Confirm your subscription");
        model.addAttribute("question", "Receive the newsletter of " + community.name() + " at this address?");
        model.addAttribute("action", "/c/" + community.slug() + "/newsletters/confirm/" + secret);
        model.addAttribute("button", "Yes, subscribe");
        return "newsletters/link";
    }

    @PostMapping("/c/{slug}/newsletters/confirm/{secret}")
    String confirm(@PathVariable String slug, @PathVariable String secret, Actor actor, Model model,
                   RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_LANDING, model, "newsletters");
        subscribing.confirm(secret);
        redirect.addFlashAttribute("notice", "Your subscription is confirmed: you will receive the next newsletter of "
                + community.name() + ". Each one has a link to stop.");
        return "redirect:/c/" + community.slug() + "/newsletters";
    }

    @PostMapping("/c/{slug}/newsletters/me")
    String choose(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "false") boolean receive, Model model,
                  RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_INSIDE, model, "newsletters");
        subscribing.choose(actor, community, receive);
        redirect.addFlashAttribute("notice", receive ? "You will receive this community's newsletters."
                : "You will no longer receive this community's newsletters by e-mail. They stay in the archive.");
        return "redirect:/c/" + community.slug() + "/newsletters";
    }

    @GetMapping("/c/{slug}/newsletters/subscribers")
    String subscribers(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.SEND_NEWSLETTER, model, "newsletters");
        model.addAttribute("subscribers", subscribers.all(community.id()));
        return "newsletters/subscribers";
    }

    @GetMapping(NewsletterMail.UNSUBSCRIBE_PATH + "{secret}")
    String unsubscribePage(@PathVariable String secret, Model model) {
        model.addAttribute("heading", "Stop receiving this newsletter");
        model.addAttribute("question", "Receive no more newsletters of " + communityName(subscribing.communityOf(secret)) + "?");
        model.addAttribute("action", NewsletterMail.UNSUBSCRIBE_PATH + secret);
        model.addAttribute("button", "Unsubscribe");
        return "newsletters/link";
    }

    @PostMapping(NewsletterMail.UNSUBSCRIBE_PATH + "{secret}")
    String unsubscribe(@PathVariable String secret, Model model) {
        long communityId = subscribing.unsubscribe(secret);
        model.addAttribute("heading", "Unsubscribed");
        model.addAttribute("question", "You will receive no more newsletters of " + communityName(communityId)
                + ". Past ones stay in its public archive.");
        return "newsletters/link";
    }

    private String communityName(long communityId) {
        return communities.byId(communityId).map(Community::name).orElse("this community");
    }
}
