package org.statcommons.community;

import java.time.LocalDate;
import java.util.Set;

import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/**
 * The person looking at a community page: their membership, whether they must accept a newer code of
 * conduct, and what the policy lets them do here (pages show only the links and forms that will work).
 */
record Viewer(Actor actor, Membership membership, boolean requestPending, int currentConduct, Set<Action> allowed,
              Memberships.Suspension suspension) {

    static Viewer of(Actor actor, Community community, Permissions permissions, Memberships memberships,
                     MembershipRequests requests, CodesOfConduct conduct) {
        Membership membership = actor.signedIn()
                ? memberships.find(community.id(), actor.accountId()).filter(m -> !m.expired(LocalDate.now())).orElse(null)
                : null;
        Set<Action> allowed = permissions.allowedIn(actor, community.id());
        boolean pending = actor.signedIn() && membership == null
                && requests.pendingOf(community.id(), actor.accountId()).isPresent();
        Memberships.Suspension suspension = membership == null ? null
                : memberships.suspension(community.id(), actor.accountId()).orElse(null);
        return new Viewer(actor, membership, pending, conduct.current(community.id()).version(), allowed, suspension);
    }

    public boolean member() {
        return membership != null;
    }

    public boolean signedIn() {
        return actor.signedIn();
    }

    /** A member who accepted an older version of the code of conduct is asked to accept the current one. */
    public boolean conductOutdated() {
        return membership != null && membership.conductVersion() < currentConduct;
    }

    /** A moderator suspended this member: they read, and do nothing else, until then. */
    public boolean suspended() {
        return suspension != null;
    }

    public boolean may(String action) {
        return allowed.contains(Action.valueOf(action));
    }
}
