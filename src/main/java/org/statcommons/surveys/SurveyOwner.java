package org.statcommons.surveys;

import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.community.Community;

/**
 * Whom a survey belongs to: a community, or the platform (no community). Resolved at the edge from the address
 * ({@code /c/{slug}/surveys/…} or {@code /admin/surveys/…}, {@link SurveyOwnerResolver}), so that one set of screens,
 * use cases and checks serves both. The policy is asked with the community's action and the survey's standing, or,
 * for the platform, with {@link Action#MANAGE_PLATFORM_SURVEYS}, which then stands for building, sending and reading
 * alike (a platform survey has no community in which an owner or an analyst could hold a standing).
 *
 * @param community null for the platform
 */
public record SurveyOwner(Community community) {

    public static SurveyOwner of(Community community) {
        if (community == null) {
            throw new IllegalArgumentException("a community's survey needs its community");
        }
        return new SurveyOwner(community);
    }

    public static SurveyOwner platform() {
        return new SurveyOwner(null);
    }

    public boolean platformWide() {
        return community == null;
    }

    /** The community's id, or null for the platform (as {@link Survey#communityId()}). */
    public Long communityId() {
        return community == null ? null : community.id();
    }

    /** Whose name invitations go out in: the community's, or the platform's. */
    public String name() {
        return community == null ? "StatCommons" : community.name();
    }

    /** Whether the survey is this owner's. */
    public boolean holds(Survey survey) {
        return community == null
                ? survey.platformWide()
                : survey.communityId() != null && survey.communityId() == community.id();
    }

    /** The address of the owner's surveys, under which every screen of one of them is. */
    public String address() {
        return community == null ? "/admin/surveys" : "/c/" + community.slug() + "/surveys";
    }

    /** Whether the actor may take the action on one of the owner's surveys, holding the standing on it or not. */
    public boolean may(Permissions permissions, Actor actor, Action action, Standing standing, boolean holds) {
        return community == null
                ? permissions.may(actor, Action.MANAGE_PLATFORM_SURVEYS)
                : permissions.may(actor, action, community.id(), standing, holds);
    }

    /** The same, refused as the policy refuses. */
    public void require(Permissions permissions, Actor actor, Action action, Standing standing, boolean holds) {
        if (!may(permissions, actor, action, standing, holds)) {
            throw new NotAllowedException(
                    community == null ? Action.MANAGE_PLATFORM_SURVEYS : action, actor.signedIn());
        }
    }
}
