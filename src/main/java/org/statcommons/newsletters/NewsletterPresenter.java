package org.statcommons.newsletters;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.Markdown;

/**
 * Builds what the newsletter screens show: the archive (with the drafts, for those who write), one newsletter, and
 * the newsletter the editor opens.
 */
@Component
class NewsletterPresenter {

    private final Permissions permissions;
    private final Newsletters newsletters;
    private final Subscribers subscribers;
    private final RecipientFinder recipients;
    private final Deliveries deliveries;
    private final Markdown markdown;

    NewsletterPresenter(
            Permissions permissions,
            Newsletters newsletters,
            Subscribers subscribers,
            RecipientFinder recipients,
            Deliveries deliveries,
            Markdown markdown) {
        this.permissions = permissions;
        this.newsletters = newsletters;
        this.subscribers = subscribers;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.markdown = markdown;
    }

    /** The sent newsletters, newest first; the drafts (empty for those who do not write); whether the viewer receives them. */
    record ArchiveView(List<Newsletter> sent, List<Newsletter> drafts, boolean receives) {}

    /**
     * One newsletter, formatted; for those who write newsletters ({@code writes}), who a draft would go to
     * ({@code count}) or which addresses refused a sent one ({@code failures}).
     */
    record NewsletterView(
            Newsletter newsletter,
            String html,
            boolean writes,
            RecipientFinder.Count count,
            List<Deliveries.Failure> failures) {}

    ArchiveView archive(Actor actor, Community community) {
        boolean writes = permissions.may(actor, Action.SEND_NEWSLETTER, community.id());
        return new ArchiveView(
                newsletters.archive(community.id()),
                writes ? newsletters.drafts(community.id()) : List.of(),
                actor.signedIn() && !subscribers.optedOut(community.id(), actor.accountId()));
    }

    /** The newsletter the editor opens (draft or sent: a sent one is not edited, which the editor says). */
    Newsletter forEditor(Community community, long id) {
        return newsletters.inCommunity(community, id, true);
    }

    /** A draft only for those who write newsletters; anyone else is told there is none. */
    NewsletterView newsletter(Actor actor, Community community, long id) {
        boolean writes = permissions.may(actor, Action.SEND_NEWSLETTER, community.id());
        Newsletter newsletter = newsletters.inCommunity(community, id, writes);
        return new NewsletterView(
                newsletter,
                markdown.toHtml(newsletter.text()),
                writes,
                writes && !newsletter.sent() ? recipients.count(community.id()) : null,
                writes && newsletter.sent() ? deliveries.failures(newsletter.id()) : List.of());
    }
}
