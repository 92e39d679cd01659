package org.statcommons.academy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/**
 * Ends a learner's enrolment in a course. The episodes marked done are kept (enrolling again brings them back) and so
 * is a completion: its certificate stays true of what was done.
 */
@Service
class LeaveCourse {

    private final Permissions permissions;
    private final Courses courses;
    private final Enrolments enrolments;

    LeaveCourse(Permissions permissions, Courses courses, Enrolments enrolments) {
        this.permissions = permissions;
        this.courses = courses;
        this.enrolments = enrolments;
    }

    @Transactional
    void leave(Actor actor, Community community, String name) {
        permissions.require(actor, Action.ENROL_IN_COURSES, community.id());
        // no need to read the course to leave it: a learner who lost the right to read it may still go
        Course course = courses.inCommunity(community.id(), name);
        enrolments.remove(course.id(), actor.accountId());
    }
}
