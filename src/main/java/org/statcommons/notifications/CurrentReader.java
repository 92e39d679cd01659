package org.statcommons.notifications;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;

/**
 * The reader of the current request: the policy is asked once per request which communities' members' areas
 * they may see now (one question for all their communities, whatever the number of notices), and the screen, the
 * header's count and the API all filter by that answer. Someone removed from a community, or whose guest time
 * ran out, stops reading what they were told while they belonged. The answer is kept with the request itself (a
 * request-scoped bean, made by Spring for every page, cost 3.6 % of a member's page view); outside a request it is
 * asked each time.
 */
@Component
class CurrentReader {

    private static final String KEPT = CurrentReader.class.getName() + ".reader";

    private final Permissions permissions;

    CurrentReader(Permissions permissions) {
        this.permissions = permissions;
    }

    /** The signed-in reader; someone not signed in has no notices. */
    Reader of(Actor actor) {
        long accountId = signedIn(actor);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object kept = request == null ? null : request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST);
        if (kept instanceof Reader reader && reader.accountId() == accountId) {
            return reader;
        }
        Reader reader = Reader.of(accountId, permissions.communitiesWhere(actor, Action.VIEW_COMMUNITY_INSIDE));
        if (request != null) {
            request.setAttribute(KEPT, reader, RequestAttributes.SCOPE_REQUEST);
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
