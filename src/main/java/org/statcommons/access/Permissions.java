package org.statcommons.access;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The one place that decides "may this person do this to that". Controllers, the API and every later
 * channel ask it; {@link #require} turns a "no" into {@link NotAllowedException}.
 */
@Component
public class Permissions {

    private final CommunityFacts facts;

    public Permissions(CommunityFacts facts) {
        this.facts = facts;
    }

    /** A platform-wide action. */
    public boolean may(Actor actor, Action action) {
        if (action.communityScoped()) {
            throw new IllegalArgumentException(action + " needs a community");
        }
        return Rules.platform(actor, action);
    }

    /** An action on one community; false when the community does not exist. */
    public boolean may(Actor actor, Action action, long communityId) {
        if (!action.communityScoped()) {
            return may(actor, action);
        }
        Optional<CommunityFacts.CommunitySettings> settings = facts.settings(communityId);
        if (settings.isEmpty()) {
            return false;
        }
        CommunityRole role = actor.signedIn() ? facts.roleOf(actor.accountId(), communityId).orElse(null) : null;
        return Rules.community(actor, action, role, settings.get().joinPolicy(), settings.get().membersEditDirectly());
    }

    public void require(Actor actor, Action action) {
        if (!may(actor, action)) {
            throw new NotAllowedException(action, actor.signedIn());
        }
    }

    public void require(Actor actor, Action action, long communityId) {
        if (!may(actor, action, communityId)) {
            throw new NotAllowedException(action, actor.signedIn());
        }
    }
}
