package org.statcommons.community;

import java.util.Set;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/**
 * The person looking at a community screen: their membership, whether they must accept a newer code of
 * conduct, and what the policy lets them do here (screens show only the links and forms that will work). Read
 * on first use, once, so that a handler that answers with a redirect never asks.
 */
final class Viewer {

    /** What is read about the viewer, in one go. */
    private record Standing(
            Membership membership,
            boolean requestPending,
            int currentConduct,
            Set<Action> allowed,
            Memberships.Suspension suspension) {}

    private final Actor actor;
    private final Community community;
    private final Permissions permissions;
    private final Memberships memberships;
    private final MembershipRequests requests;
    private final CodesOfConduct conduct;
    private Standing standing;

    Viewer(
            Actor actor,
            Community community,
            Permissions permissions,
            Memberships memberships,
            MembershipRequests requests,
            CodesOfConduct conduct) {
        this.actor = actor;
        this.community = community;
        this.permissions = permissions;
        this.memberships = memberships;
        this.requests = requests;
        this.conduct = conduct;
    }

    private Standing standing() {
        if (standing == null) {
            Membership membership = actor.signedIn()
                    ? memberships.current(community.id(), actor.accountId()).orElse(null)
                    : null;
            Set<Action> allowed = permissions.allowedIn(actor, community.id());
            boolean pending = actor.signedIn()
                    && membership == null
                    && requests.pendingOf(community.id(), actor.accountId()).isPresent();
            Memberships.Suspension suspension = membership == null
                    ? null
                    : memberships.suspension(community.id(), actor.accountId()).orElse(null);
            standing = new Standing(
                    membership, pending, conduct.current(community.id()).version(), allowed, suspension);
        }
        return standing;
    }

    public Actor actor() {
        return actor;
    }

    public Membership membership() {
        return standing().membership();
    }

    public boolean requestPending() {
        return standing().requestPending();
    }

    public int currentConduct() {
        return standing().currentConduct();
    }

    public Memberships.Suspension suspension() {
        return standing().suspension();
    }

    public boolean member() {
        return membership() != null;
    }

    public boolean signedIn() {
        return actor.signedIn();
    }

    /** A member who accepted an older version of the code of conduct is asked to accept the current one. */
    public boolean conductOutdated() {
        return membership() != null && membership().conductVersion() < currentConduct();
    }

    /** A moderator suspended this member: they read, and do nothing else, until then. */
    public boolean suspended() {
        return suspension() != null;
    }

    public boolean may(String action) {
        return standing().allowed().contains(Action.valueOf(action));
    }
}
