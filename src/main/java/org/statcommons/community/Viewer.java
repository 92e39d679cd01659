package org.statcommons.community;

import java.util.Set;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/**
 * The person looking at a community screen: their membership, whether they must accept a newer code of
 * conduct, and what the policy lets them do here (screens show only the links and forms that will work). Read
 * on first use, once (membership, suspension and the code's number in one query), so that a handler that answers
 * with a redirect never asks. Public, with public methods, so that the templates' expressions on it are compiled
 * rather than interpreted by reflection at every use (a page asks {@link #may} some twenty times).
 */
public final class Viewer {

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
    private final MembershipFacts facts;
    private final MembershipRequests requests;
    private final CommunityNavigation navigation;
    private final String tab;
    private Standing standing;

    Viewer(
            Actor actor,
            Community community,
            Permissions permissions,
            MembershipFacts facts,
            MembershipRequests requests,
            CommunityNavigation navigation,
            String tab) {
        this.actor = actor;
        this.community = community;
        this.permissions = permissions;
        this.facts = facts;
        this.requests = requests;
        this.navigation = navigation;
        this.tab = tab;
    }

    private Standing standing() {
        if (standing == null) {
            Memberships.Seen seen = facts.seen(community.id(), actor.signedIn() ? actor.accountId() : null);
            Set<Action> allowed = permissions.allowedIn(actor, community.id());
            boolean pending = actor.signedIn()
                    && seen.membership() == null
                    && requests.pendingOf(community.id(), actor.accountId()).isPresent();
            standing = new Standing(seen.membership(), pending, seen.currentConduct(), allowed, seen.suspension());
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

    /** What the policy lets this viewer do in the community. */
    Set<Action> allowed() {
        return standing().allowed();
    }

    /**
     * Everything the community's frame shows of this viewer, as a value: two viewers with equal values see the same
     * frame (the navigation, the code-of-conduct request, the suspension notice). A screen remembered whole is
     * remembered under it, so that a role, membership or suspension changed shows at the very next request.
     */
    public Object shown() {
        Standing now = standing();
        return new Shown(
                Set.copyOf(now.allowed()),
                now.membership() != null,
                now.requestPending(),
                conductOutdated(),
                now.currentConduct(),
                now.suspension());
    }

    private record Shown(
            Set<Action> allowed,
            boolean member,
            boolean requestPending,
            boolean conductOutdated,
            int currentConduct,
            Memberships.Suspension suspension) {}

    /** The breadcrumb and the community's navigation for this viewer, as HTML ({@link CommunityNavigation}). */
    public String navigation() {
        return navigation.html(this, community, tab);
    }
}
