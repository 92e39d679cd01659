package org.statcommons.academy;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** A fork's origin as the use cases on forks need it: the course, its title now, and the community that keeps it. */
@Component
class CourseLineage {

    /** The course a fork was forked from, with what a proposal names of it. */
    record Origin(Course course, String title, Community community) {
        String communityName() {
            return community.name();
        }
    }

    private final Courses courses;
    private final CourseForks forks;
    private final CourseAccess access;
    private final CourseReader reader;
    private final Communities communities;

    CourseLineage(
            Courses courses, CourseForks forks, CourseAccess access, CourseReader reader, Communities communities) {
        this.courses = courses;
        this.forks = forks;
        this.access = access;
        this.reader = reader;
        this.communities = communities;
    }

    /** The fork's origin if this person may read it: refused when they may not, invalid when the course is no fork. */
    Origin readableOrigin(Actor actor, Course fork) {
        CourseFork record = forks.of(fork.id())
                .orElseThrow(() -> new InvalidInputException("", Text.of("academy.contribute.not-fork")));
        Course origin = courses.byId(record.originId()).orElseThrow();
        if (!access.mayRead(actor, origin)) {
            throw new NotAllowedException(Action.VIEW_COURSES, actor.signedIn());
        }
        return new Origin(
                origin, title(origin), communities.byId(origin.communityId()).orElseThrow());
    }

    /** The course's title as its manifest says now. */
    String title(Course course) {
        return reader.read(course).manifest().title();
    }
}
