package org.statcommons.notifications;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.mailreplies.ReplyAddresses;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.i18n.Language;

/**
 * Tells the audience of one activity, after the change it tells of committed ({@link Notifier}): the people it names and, for the whole community, every current
 * member; never the actor; only active accounts that may still see the community's members' area (asked of
 * the policy for all of them at once). A decision about a person (membership, moderation) reaches that
 * person even when it took them out of the community. Stores every notice with one statement and queues the
 * immediate e-mails with one more.
 */
@Service
class TellAudience {

    private static final Logger log = LoggerFactory.getLogger(TellAudience.class);

    /** Kinds that concern the recipient personally: shown in the app even when the community is "off". */
    static final Set<ActivityKind> PERSONAL =
            EnumSet.of(ActivityKind.MENTION, ActivityKind.MEMBERSHIP_DECISION, ActivityKind.MODERATION_DECISION);
    /** Decisions about the recipient, told even when they can no longer see the community. */
    static final Set<ActivityKind> ABOUT_THE_RECIPIENT =
            EnumSet.of(ActivityKind.MEMBERSHIP_DECISION, ActivityKind.MODERATION_DECISION);

    private final Memberships memberships;
    private final Accounts accounts;
    private final Communities communities;
    private final Permissions permissions;
    private final NotifiedActivities activities;
    private final Notices notices;
    private final NoticeMailComposer mail;
    private final Outbox outbox;
    private final NotificationProperties properties;
    private final ReplyAddresses replyAddresses;

    TellAudience(
            Memberships memberships,
            Accounts accounts,
            Communities communities,
            Permissions permissions,
            NotifiedActivities activities,
            Notices notices,
            NoticeMailComposer mail,
            Outbox outbox,
            NotificationProperties properties,
            ReplyAddresses replyAddresses) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.communities = communities;
        this.permissions = permissions;
        this.activities = activities;
        this.notices = notices;
        this.mail = mail;
        this.outbox = outbox;
        this.properties = properties;
        this.replyAddresses = replyAddresses;
    }

    /** What telling one activity did: people told (or found told before) and e-mails queued at once. */
    record Told(int notices, int emails) {
        static final Told NOBODY = new Told(0, 0);
    }

    @Transactional
    Told tell(Activity activity) {
        Set<Long> audience = new TreeSet<>(activity.audience().people());
        if (activity.audience().wholeCommunity()) {
            audience.addAll(memberships.accountIds(activity.communityId()));
        }
        if (activity.actorId() != null) {
            audience.remove(activity.actorId());
        }
        if (audience.isEmpty()) {
            return Told.NOBODY;
        }
        Map<Long, Account> people = new HashMap<>();
        for (Account account : accounts.byIds(audience)) {
            if (account.active()) {
                people.put(account.id(), account);
            }
        }
        List<Actor> actors = people.values().stream().map(Account::actor).toList();
        Set<Long> recipients =
                new TreeSet<>(permissions.whoMay(actors, Action.VIEW_COMMUNITY_INSIDE, activity.communityId()));
        if (ABOUT_THE_RECIPIENT.contains(activity.kind())) {
            activity.audience().people().stream().filter(people::containsKey).forEach(recipients::add);
        }
        if (recipients.isEmpty()) {
            return Told.NOBODY;
        }
        long activityId = activities.store(activity);
        List<Long> now = notices.fanOut(activityId, activity, recipients, properties.defaultChoice());
        int emails = 0;
        if (!now.isEmpty()) {
            String communityName = communities
                    .byId(activity.communityId())
                    .map(Community::name)
                    .orElse("StatCommons");
            // a reply to an e-mail about a discussion or a comment posts in it: each person gets their own address
            Map<Long, String> replyTo = replyAddresses
                    .answerable(activity)
                    .map(subject -> replyAddresses.issue(now, activity.communityId(), subject))
                    .orElse(Map.of());
            List<OutgoingMail> messages = new ArrayList<>(now.size());
            for (long accountId : now) {
                Account person = people.get(accountId);
                OutgoingMail message = mail.immediate(
                        person.email(),
                        accountId,
                        TimePresenter.forZone(person.timeZone())
                                .inLanguage(person.language()
                                        .orElse(Language.ENGLISH)
                                        .locale()),
                        person.language().orElse(Language.ENGLISH),
                        activity,
                        communityName);
                messages.add(
                        replyTo.containsKey(accountId)
                                ? mail.answerable(message, replyTo.get(accountId), person)
                                : message);
            }
            emails = outbox.enqueueAll(messages).size();
        }
        log.debug(
                "{} in community {}: {} told, {} e-mails",
                activity.kind(),
                activity.communityId(),
                recipients.size(),
                emails);
        return new Told(recipients.size(), emails);
    }
}
