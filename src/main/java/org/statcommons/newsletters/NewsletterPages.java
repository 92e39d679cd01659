package org.statcommons.newsletters;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;

/** Fills the archive and newsletter pages, also when a form on them is shown again with a message. */
@Component
class NewsletterPages {

    private final Permissions permissions;
    private final Newsletters newsletters;
    private final Subscribing subscribing;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final Markdown markdown;

    NewsletterPages(Permissions permissions, Newsletters newsletters, Subscribing subscribing, Recipients recipients,
                    Deliveries deliveries, Markdown markdown) {
        this.permissions = permissions;
        this.newsletters = newsletters;
        this.subscribing = subscribing;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.markdown = markdown;
    }

    /** The archive, the subscription form (with the address typed and its error, if any) and the drafts. */
    String archive(Community community, Actor actor, Model model, String email, String emailError) {
        model.addAttribute("sent", newsletters.archive(community.id()));
        boolean writes = permissions.may(actor, Action.SEND_NEWSLETTER, community.id());
        model.addAttribute("drafts", writes ? newsletters.drafts(community.id()) : List.of());
        model.addAttribute("receives", subscribing.receives(actor, community));
        model.addAttribute("email", email);
        model.addAttribute("emailError", emailError);
        return "newsletters/archive";
    }

    /** One newsletter; a draft only for those who write them (anyone else is told there is none). */
    String newsletter(Community community, long id, Actor actor, Model model, String error) {
        boolean writes = permissions.may(actor, Action.SEND_NEWSLETTER, community.id());
        Newsletter newsletter = newsletters.find(community.id(), id).filter(n -> n.sent() || writes)
                .orElseThrow(() -> new NotFoundException("There is no newsletter #" + id + " in this community."));
        model.addAttribute("newsletter", newsletter);
        model.addAttribute("html", markdown.toHtml(newsletter.body()));
        model.addAttribute("writes", writes);
        model.addAttribute("error", error);
        if (writes && !newsletter.sent()) {
            model.addAttribute("count", recipients.count(community.id()));
        }
        if (writes && newsletter.sent()) {
            model.addAttribute("failures", deliveries.failures(newsletter.id()));
        }
        return "newsletters/newsletter";
    }
}
