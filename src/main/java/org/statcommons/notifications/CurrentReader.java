package org.statcommons.notifications;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;

/**
 * The reader of the current request: the policy is asked once per request which communities' members' areas
 * they may see now (one question for all their communities, whatever the number of notices), and the screen, the
 * header's count and the API all filter by that answer. Someone removed from a community, or whose guest time
 * ran out, stops reading what they were told while they belonged.
 */
@Component
@RequestScope
class CurrentReader {

    private final Permissions permissions;
    private Reader reader;

    CurrentReader(Permissions permissions) {
        this.permissions = permissions;
    }

    /** The signed-in reader; someone not signed in has no notices. */
    Reader of(Actor actor) {
        long accountId = signedIn(actor);
        if (reader == null || reader.accountId() != accountId) {
            reader = Reader.of(accountId, permissions.communitiesWhere(actor, Action.VIEW_COMMUNITY_INSIDE));
        }
        return reader;
    }

    /** The signed-in person's account; someone not signed in is sent to sign in (401 in the API). */
    static long signedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.VIEW_PROFILES, false);
        }
        return actor.accountId();
    }
}
