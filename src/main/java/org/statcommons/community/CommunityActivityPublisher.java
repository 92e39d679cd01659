package org.statcommons.community;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Membership changes others hear of, told as activities in the change's transaction: someone joined (a line
 * of the members' stream, nobody notified) and a decision about a person (told to that person in the app; the
 * feature already e-mails them, so notifications does not).
 */
@Component
class CommunityActivityPublisher {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommunityActivityPublisher(Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    void joined(Community community, long accountId) {
        String name = name(accountId);
        events.publishEvent(Activity.of(ActivityKind.MEMBER_JOINED, community.id(), clock.instant())
                .by(accountId, name)
                .title(Text.of("community.activity.joined", name, community.name()))
                .link("/c/" + community.slug() + "/members")
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("profile", accountId))
                .build());
    }

    void requestDecided(Community community, long decidedBy, long personId, boolean approved, String note) {
        decision(
                community,
                decidedBy,
                personId,
                Text.of(
                        approved ? "community.activity.request-approved" : "community.activity.request-declined",
                        community.name()),
                note);
    }

    void removed(Community community, long decidedBy, long personId, String reason) {
        decision(community, decidedBy, personId, Text.of("community.activity.removed", community.name()), reason);
    }

    private void decision(Community community, long decidedBy, long personId, Text title, String note) {
        events.publishEvent(Activity.of(ActivityKind.MEMBERSHIP_DECISION, community.id(), clock.instant())
                .by(decidedBy, name(decidedBy))
                .title(title)
                .excerpt(note)
                .link("/c/" + community.slug())
                .visibleTo(Visibility.PERSONAL)
                .about(Subject.of("profile", personId))
                .tell(Audience.person(personId))
                .mailedByFeature()
                .build());
    }

    /** The account's name; empty when it is gone, which every reader reads as "Someone" in their language. */
    private String name(long accountId) {
        return accounts.byId(accountId).map(Account::displayName).orElse("");
    }
}
