package org.statcommons.academy;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.SpaceCourses;

/** Tells content's Git over HTTP which course an address names and who may read or push to it ({@link CourseAccess}). */
@Component
class CourseSpaces implements SpaceCourses {

    private final Courses courses;
    private final CourseAccess access;

    CourseSpaces(Courses courses, CourseAccess access) {
        this.courses = courses;
        this.access = access;
    }

    @Override
    public Optional<Long> readable(Actor actor, Community community, String name) {
        return courses.byName(community.id(), name)
                .filter(course -> access.mayRead(actor, course))
                .map(Course::id);
    }

    @Override
    public boolean mayWrite(Actor actor, Community community, long courseId) {
        return courses.byId(courseId)
                .filter(course -> course.communityId() == community.id())
                .filter(course -> access.mayWrite(actor, course))
                .isPresent();
    }
}
