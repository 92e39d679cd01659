package org.statcommons.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The one place that decides "may this person do this to that". Controllers, the API and every later
 * channel ask it; {@link #require} turns a "no" into {@link NotAllowedException}.
 */
@Component
public class Permissions {

    private static final CommunityFacts.Standing NOT_A_MEMBER = new CommunityFacts.Standing(null, false);

    private final CommunityFacts facts;
    private final List<Duties> duties;

    /** A policy that knows no duty (nobody is a co-lead): for unit tests. */
    public Permissions(CommunityFacts facts) {
        this(facts, List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public Permissions(CommunityFacts facts, org.springframework.beans.factory.ObjectProvider<Duties> duties) {
        this(facts, duties.orderedStream().toList());
    }

    Permissions(CommunityFacts facts, List<Duties> duties) {
        this.facts = facts;
        this.duties = List.copyOf(duties);
    }

    /**
     * Whether a duty the member holds (a co-lead's) adds the action their role refused. Asked only then, so the
     * everyday answers cost no look-up; never for a non-member or a suspended member.
     */
    private boolean dutyAdds(Actor actor, Action action, CommunityFacts.Standing standing, long communityId) {
        if (!actor.signedIn()
                || standing.role() == null
                || standing.suspended()
                || !Rules.grantedByAnyDuty(action)
                || duties.isEmpty()) {
            return false;
        }
        for (Duties source : duties) {
            for (Duty duty : source.of(actor.accountId(), communityId)) {
                if (Rules.grantedByDuty(action, duty)) {
                    return true;
                }
            }
        }
        return false;
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
        CommunityFacts.Standing standing = standing(actor, communityId);
        return Rules.community(
                        actor,
                        action,
                        standing.role(),
                        standing.suspended(),
                        settings.get().joinPolicy(),
                        settings.get().membersEditDirectly())
                || dutyAdds(actor, action, standing, communityId);
    }

    /**
     * Every community action the actor may take in one community, decided with one look at the facts: for
     * pages that show or hide many buttons at once. Empty when the community does not exist.
     */
    public Set<Action> allowedIn(Actor actor, long communityId) {
        Set<Action> allowed = java.util.EnumSet.noneOf(Action.class);
        Optional<CommunityFacts.CommunitySettings> settings = facts.settings(communityId);
        if (settings.isEmpty()) {
            return allowed;
        }
        CommunityFacts.Standing standing = standing(actor, communityId);
        for (Action action : Action.values()) {
            if (action.communityScoped()
                    && Rules.community(
                            actor,
                            action,
                            standing.role(),
                            standing.suspended(),
                            settings.get().joinPolicy(),
                            settings.get().membersEditDirectly())) {
                allowed.add(action);
            }
        }
        boolean dutyMayAdd = false;
        for (Action action : Action.values()) {
            dutyMayAdd |= action.communityScoped() && !allowed.contains(action) && Rules.grantedByAnyDuty(action);
        }
        if (dutyMayAdd && standing.role() != null && !standing.suspended() && actor.signedIn()) {
            Set<Duty> held = java.util.EnumSet.noneOf(Duty.class);
            duties.forEach(source -> held.addAll(source.of(actor.accountId(), communityId)));
            for (Action action : Action.values()) {
                for (Duty duty : held) {
                    if (action.communityScoped() && Rules.grantedByDuty(action, duty)) {
                        allowed.add(action);
                    }
                }
            }
        }
        return allowed;
    }

    /**
     * The communities in which the actor may take a community action, decided by the same rules as
     * {@link #may(Actor, Action, long)}: for search and lists that must show only what the reader may see.
     * Actions that can be open to non-members (the landing page, joining) are refused here: their answer
     * would be "almost every community", which no caller should need.
     */
    public Set<Long> communitiesWhere(Actor actor, Action action) {
        if (!action.communityScoped()
                || Rules.community(Actor.account(0, PlatformRole.NONE), action, null, JoinPolicy.OPEN)
                || Rules.community(Actor.account(0, PlatformRole.NONE), action, null, JoinPolicy.BY_REQUEST)) {
            throw new IllegalArgumentException(action + " is not limited to members");
        }
        if (!actor.signedIn()) {
            return Set.of();
        }
        Map<Long, CommunityFacts.Standing> standings = facts.standingsOf(actor.accountId());
        Collection<Long> candidates = actor.administrator() ? facts.allCommunities() : standings.keySet();
        Set<Long> allowed = new TreeSet<>();
        for (CommunityFacts.CommunitySettings settings : facts.settings(candidates)) {
            CommunityFacts.Standing standing = standings.getOrDefault(settings.id(), NOT_A_MEMBER);
            if (Rules.community(
                            actor,
                            action,
                            standing.role(),
                            standing.suspended(),
                            settings.joinPolicy(),
                            settings.membersEditDirectly())
                    || dutyAdds(actor, action, standing, settings.id())) {
                allowed.add(settings.id());
            }
        }
        return allowed;
    }

    /**
     * The accounts among {@code actors} that may take a community action, decided by the same rules as
     * {@link #may(Actor, Action, long)} with one look at the facts for all of them: notifications asks it for
     * every recipient of an activity, features for the people whose role allows something (reviewers).
     */
    public Set<Long> whoMay(Collection<Actor> actors, Action action, long communityId) {
        if (!action.communityScoped()) {
            throw new IllegalArgumentException(action + " needs no community");
        }
        Set<Long> allowed = new TreeSet<>();
        Optional<CommunityFacts.CommunitySettings> settings = facts.settings(communityId);
        List<Long> ids =
                actors.stream().filter(Actor::signedIn).map(Actor::accountId).toList();
        if (settings.isEmpty() || ids.isEmpty()) {
            return allowed;
        }
        Map<Long, CommunityFacts.Standing> standings = facts.standingsIn(communityId, ids);
        for (Actor actor : actors) {
            if (!actor.signedIn()) {
                continue;
            }
            CommunityFacts.Standing standing = standings.getOrDefault(actor.accountId(), NOT_A_MEMBER);
            if (Rules.community(
                            actor,
                            action,
                            standing.role(),
                            standing.suspended(),
                            settings.get().joinPolicy(),
                            settings.get().membersEditDirectly())
                    || dutyAdds(actor, action, standing, communityId)) {
                allowed.add(actor.accountId());
            }
        }
        return allowed;
    }

    private CommunityFacts.Standing standing(Actor actor, long communityId) {
        return actor.signedIn()
                ? facts.standingOf(actor.accountId(), communityId).orElse(NOT_A_MEMBER)
                : NOT_A_MEMBER;
    }

    /**
     * An action on one thing of a community where the actor may hold a standing ({@code holds}: they lead this
     * workstream): allowed by their role as {@link #may(Actor, Action, long)} says, or by the standing.
     */
    public boolean may(Actor actor, Action action, long communityId, Standing standing, boolean holds) {
        if (may(actor, action, communityId)) {
            return true;
        }
        if (!holds || !actor.signedIn()) {
            return false;
        }
        CommunityFacts.Standing member = standing(actor, communityId);
        return Rules.standing(action, standing, member.role(), member.suspended());
    }

    public void require(Actor actor, Action action, long communityId, Standing standing, boolean holds) {
        if (!may(actor, action, communityId, standing, holds)) {
            throw new NotAllowedException(action, actor.signedIn());
        }
    }

    /**
     * A platform-wide action on one thing outside communities where the actor may hold a standing ({@code holds}: a
     * confirmed person of this organisation): allowed by their platform role, or by the standing.
     */
    public boolean may(Actor actor, Action action, Standing standing, boolean holds) {
        return may(actor, action) || (holds && actor.signedIn() && Rules.platformStanding(action, standing));
    }

    public void require(Actor actor, Action action, Standing standing, boolean holds) {
        if (!may(actor, action, standing, holds)) {
            throw new NotAllowedException(action, actor.signedIn());
        }
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
