package org.statcommons.academy;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.content.CourseProposal;

/**
 * Who may act on a course's proposals, asked of the one policy: its maintainers ({@link Action#MAINTAIN_COURSES} in the
 * course's community) review and merge; they and the proposal's author resolve conflicts and close it. The author of a
 * contribution from a fork may have no right in the original's community: they act on their own proposal only.
 */
@Component
class CourseReviewers {

    private final Permissions permissions;

    CourseReviewers(Permissions permissions) {
        this.permissions = permissions;
    }

    boolean mayMerge(Actor actor, Course course) {
        return permissions.may(actor, Action.MAINTAIN_COURSES, course.communityId());
    }

    boolean mayChange(Actor actor, Course course, CourseProposal proposal) {
        return actor.signedIn() && (actor.accountId() == proposal.authorAccountId() || mayMerge(actor, course));
    }

    void requireMerge(Actor actor, Course course) {
        if (!mayMerge(actor, course)) {
            throw new NotAllowedException(Action.MAINTAIN_COURSES, actor.signedIn());
        }
    }

    void requireChange(Actor actor, Course course, CourseProposal proposal) {
        if (!mayChange(actor, course, proposal)) {
            throw new NotAllowedException(Action.MAINTAIN_COURSES, actor.signedIn());
        }
    }
}
