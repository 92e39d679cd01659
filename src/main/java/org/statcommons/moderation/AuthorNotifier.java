package org.statcommons.moderation;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;
import org.statcommons.platform.i18n.Language;

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
     * E-mails the author and, in a community, leaves them a notice; nothing when the item has no author. The e-mail
     * is in the author's language; the notice's title is {@code what}, shown in the language the author reads the
     * notice in (stored as its key and arguments, with its English).
     *
     * @param decisionId the decision's id: the notice's own item
     * @param subject    the e-mail's subject, without the community
     * @param what       what happened, in a sentence or two; also the notice's title. Times in it are marked, and
     *                   what people typed (a title, a community's name) is passed through {@code TimePresenter.literal}
     */
    void tell(DecidedItem about, long decisionId, Text subject, Text what, String why) {
        Optional<Account> author = about.authorId() == null ? Optional.empty() : accounts.byId(about.authorId());
        if (author.isEmpty()) {
            return;
        }
        Long communityId = about.communityId();
        mail(author.get(), subject, what, why, communityId);
        if (communityId != null) {
            notice(about, decisionId, about.link(), what, why);
        }
    }

    /**
     * The personal notice alone (the community feature e-mails a removal itself), for an item in a community. It is
     * about the item but is an item of its own: hiding the content hides every copy of it, and must not hide the
     * notice to its author. The title is a text of the bundles with times marked and typed text made literal; the
     * moderators are named as such in the reader's language ({@link Activity#MODERATORS}).
     */
    void notice(DecidedItem about, long decisionId, String link, Text title, String why) {
        long communityId = about.communityId();
        events.publishEvent(Activity.of(ActivityKind.MODERATION_DECISION, communityId, clock.instant())
                .by(null, Activity.MODERATORS)
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

    /**
     * "the community “Name”", or "StatCommons" for a decision bound to no community, in the reader's language; the
     * name as typed text ({@code TimePresenter.literal}), ready to go into a text with times.
     */
    Text where(Long communityId) {
        return where(communityId, TimePresenter::literal);
    }

    private Text where(Long communityId, UnaryOperator<String> asText) {
        return communityId == null
                ? Text.of("moderation.mail.where.platform")
                : Text.of("moderation.mail.where", name(communityId, asText));
    }

    /** The community's landing page. */
    String home(long communityId) {
        return "/c/" + communities.byId(communityId).map(Community::slug).orElse("");
    }

    private void mail(Account to, Text subject, Text what, String why, Long communityId) {
        Language language = to.language().orElse(Language.ENGLISH);
        Text where = where(communityId, UnaryOperator.identity());
        // a time in the text (the end of a suspension) in the recipient's zone
        String told = TimePresenter.forZone(to.timeZone())
                .inLanguage(language.locale())
                .text(what.in(language));
        StringBuilder body = new StringBuilder(
                        Text.of("moderation.mail.hello", to.displayName()).in(language))
                .append("\n\n")
                .append(told)
                .append("\n");
        if (why != null && !why.isBlank()) {
            body.append('\n')
                    .append(Text.of("moderation.mail.reason").in(language))
                    .append('\n')
                    .append(why)
                    .append("\n");
        }
        if (communityId != null) {
            body.append('\n')
                    .append(Text.of("moderation.mail.conduct", where).in(language))
                    .append('\n')
                    .append(properties.link(home(communityId) + "/code-of-conduct"))
                    .append("\n");
        }
        body.append('\n')
                .append((communityId == null
                                ? Text.of("moderation.mail.mistake.platform")
                                : Text.of("moderation.mail.mistake", where))
                        .in(language))
                .append("\n");
        String heading = communityId == null
                ? subject.in(language)
                : Text.of("moderation.mail.subject.in", subject, name(communityId, UnaryOperator.identity()))
                        .in(language);
        outbox.enqueue(OutgoingMail.text(to.email(), heading, body.toString()).inLanguage(language));
    }

    /** The community's name (as {@code asText} makes it), or "a community" when it is gone. */
    private Object name(long communityId, UnaryOperator<String> asText) {
        return communities
                .byId(communityId)
                .<Object>map(community -> asText.apply(community.name()))
                .orElseGet(() -> Text.of("moderation.mail.a-community"));
    }
}
