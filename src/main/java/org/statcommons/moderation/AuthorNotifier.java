package org.statcommons.moderation;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Tells a member what the moderators decided about them or their content, and why: an e-mail (queued in the
 * decision's transaction, plain text, with the code of conduct's address) and, in a community, a personal
 * notice ({@link ActivityKind#MODERATION_DECISION}).
 */
@Component
class AuthorNotifier {

    private final Outbox outbox;
    private final StatCommonsProperties properties;
    private final Accounts accounts;
    private final Communities communities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthorNotifier(
            Outbox outbox,
            StatCommonsProperties properties,
            Accounts accounts,
            Communities communities,
            ApplicationEventPublisher events,
            Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.accounts = accounts;
        this.communities = communities;
        this.events = events;
        this.clock = clock;
    }

    /**
     * E-mails the author and, in a community, leaves them a notice; nothing when the item has no author.
     *
     * @param decisionId the decision's id: the notice's own item
     * @param subject    the e-mail's subject, without the community
     * @param what       what happened, in a sentence or two; also the notice's title. Times in it are marked, and
     *                   what people typed (a title, a community's name) is passed through {@code TimePresenter.literal}
     */
    void tell(DecidedItem about, long decisionId, String subject, String what, String why) {
        Optional<Account> author = about.authorId() == null ? Optional.empty() : accounts.byId(about.authorId());
        if (author.isEmpty()) {
            return;
        }
        Long communityId = about.communityId();
        mail(author.get(), subject + (communityId == null ? "" : " in " + name(communityId)), what, why, communityId);
        if (communityId != null) {
            notice(about, decisionId, about.link(), what, why);
        }
    }

    /**
     * The personal notice alone (the community feature e-mails a removal itself), for an item in a community. It is
     * about the item but is an item of its own: hiding the content hides every copy of it, and must not hide the
     * notice to its author.
     */
    void notice(DecidedItem about, long decisionId, String link, String title, String why) {
        long communityId = about.communityId();
        events.publishEvent(Activity.of(ActivityKind.MODERATION_DECISION, communityId, clock.instant())
                .by(null, "The moderators")
                .titleWithTimes(title)
                .excerpt(why)
                .link(link.startsWith("/") ? link : home(communityId))
                .visibleTo(Visibility.PERSONAL)
                .about(about.item())
                .item(Subject.of("moderation-decision", decisionId))
                .tell(Audience.person(about.authorId()))
                .mailedByFeature()
                .build());
    }

    /** "the community “Name”", or "StatCommons" for a decision bound to no community. */
    String where(Long communityId) {
        return communityId == null ? "StatCommons" : "the community “" + name(communityId) + "”";
    }

    /** The community's landing page. */
    String home(long communityId) {
        return "/c/" + communities.byId(communityId).map(Community::slug).orElse("");
    }

    private void mail(Account to, String subject, String what, String why, Long communityId) {
        String where = where(communityId);
        // a time in the text (the end of a suspension) in the recipient's zone
        String told = TimePresenter.forZone(to.timeZone()).text(what);
        StringBuilder body = new StringBuilder("Hello " + to.displayName() + ",\n\n" + told + "\n");
        if (why != null && !why.isBlank()) {
            body.append("\nThe moderators' reason:\n").append(why).append("\n");
        }
        if (communityId != null) {
            body.append("\nThe code of conduct of ")
                    .append(where)
                    .append(":\n")
                    .append(properties.link(home(communityId) + "/code-of-conduct"))
                    .append("\n");
        }
        body.append("\nIf you think this is a mistake, write to the ")
                .append(communityId == null ? "administrators of StatCommons" : "secretariat of " + where)
                .append(".\n");
        outbox.enqueue(OutgoingMail.text(to.email(), subject, body.toString()));
    }

    private String name(long communityId) {
        return communities.byId(communityId).map(Community::name).orElse("a community");
    }
}
