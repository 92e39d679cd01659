package org.statcommons.academy;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/**
 * Enrols a learner in a course they may read ({@link Action#ENROL_IN_COURSES}, and the course's own check: a stranger
 * is refused a members-only course). Enrolling twice is enrolling once.
 */
@Service
class EnrolInCourse {

    private final Permissions permissions;
    private final CourseAccess access;
    private final Enrolments enrolments;
    private final Clock clock;

    EnrolInCourse(Permissions permissions, CourseAccess access, Enrolments enrolments, Clock clock) {
        this.permissions = permissions;
        this.access = access;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Transactional
    Course enrol(Actor actor, Community community, String name) {
        permissions.require(actor, Action.ENROL_IN_COURSES, community.id());
        Course course = access.readable(actor, community, name);
        enrolments.add(course.id(), actor.accountId(), clock.instant());
        return course;
    }
}
