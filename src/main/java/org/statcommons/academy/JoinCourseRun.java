package org.statcommons.academy;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * A learner joins a run of a course they may read (and is enrolled in the course too), or leaves it. A full run (its
 * cap reached) refuses a new participant; the run's row is locked while counting, so two last places are not both
 * given.
 */
@Service
class JoinCourseRun {

    private final Permissions permissions;
    private final CourseAccess access;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final Clock clock;

    JoinCourseRun(Permissions permissions, CourseAccess access, CourseRuns runs, Enrolments enrolments, Clock clock) {
        this.permissions = permissions;
        this.access = access;
        this.runs = runs;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Transactional
    void join(Actor actor, Community community, String name, long runId, boolean joining) {
        permissions.require(actor, Action.ENROL_IN_COURSES, community.id());
        Course course = access.readable(actor, community, name);
        CourseRun run = runs.lock(course.id(), runId);
        long learner = actor.accountId();
        if (!joining) {
            runs.leave(run.id(), learner);
            return;
        }
        if (run.participants().contains(learner)) {
            return;
        }
        if (run.full()) {
            throw new ConflictException(Text.of("academy-learning.run.full", run.cap()));
        }
        runs.join(run.id(), learner, clock.instant());
        enrolments.add(course.id(), learner, clock.instant());
    }
}
