package org.statcommons.academy;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/**
 * Who may read and write a course, asked of the one policy: a public course is read by anyone, a members' course by
 * those who may read the community's courses ({@link Action#VIEW_COURSES}, learners); contributors write
 * ({@link Action#EDIT_COURSES}); maintainers create ({@link Action#MAINTAIN_COURSES}). Every channel asks here: the
 * site, the offline zip, the API and Git.
 */
@Component
class CourseAccess {

    private final Courses courses;
    private final Permissions permissions;

    CourseAccess(Courses courses, Permissions permissions) {
        this.courses = courses;
        this.permissions = permissions;
    }

    /** The community's course at this address if this person may read it: "not found", or refused (403). */
    Course readable(Actor actor, Community community, String name) {
        Course course = courses.inCommunity(community.id(), name);
        if (!mayRead(actor, course)) {
            throw new NotAllowedException(Action.VIEW_COURSES, actor.signedIn());
        }
        return course;
    }

    boolean mayRead(Actor actor, Course course) {
        return course.open() || permissions.may(actor, Action.VIEW_COURSES, course.communityId());
    }

    /** Whether this person may write the course's episodes and pages (and read its instructor notes). */
    boolean mayWrite(Actor actor, Course course) {
        return mayRead(actor, course) && permissions.may(actor, Action.EDIT_COURSES, course.communityId());
    }
}
