package org.statcommons.community;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
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
class CommunityActivities {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    CommunityActivities(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    void joined(Community community, long accountId) {
        String name = name(accountId);
        events.publishEvent(new Activity(community.id(), ActivityKind.MEMBER_JOINED, accountId, name,
                name + " joined " + community.name(), "", "/c/" + community.slug() + "/members", Visibility.MEMBERS,
                Subject.of("profile", accountId), null, Audience.nobody(), false, null));
    }

    void requestDecided(Community community, long decidedBy, long personId, boolean approved, String note) {
        decision(community, decidedBy, personId, approved ? "Your request to join " + community.name() + " was approved"
                : "Your request to join " + community.name() + " was declined", note);
    }

    void removed(Community community, long decidedBy, long personId, String reason) {
        decision(community, decidedBy, personId, "You were removed from " + community.name(), reason);
    }

    private void decision(Community community, long decidedBy, long personId, String title, String note) {
        events.publishEvent(new Activity(community.id(), ActivityKind.MEMBERSHIP_DECISION, decidedBy, name(decidedBy),
                title, note, "/c/" + community.slug(), Visibility.PERSONAL, Subject.of("profile", personId), null,
                Audience.person(personId), true, null));
    }

    private String name(long accountId) {
        return accounts.byId(accountId).map(Account::displayName).orElse("Someone");
    }
}
