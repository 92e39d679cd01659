package org.statcommons.content;

import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/**
 * What Git over HTTP needs to know of courses: which course a {@code /git/{slug}/courses/{name}.git} address names
 * and whether this person may read or write it. {@code academy} implements it; {@code content} sits below the
 * academy (a course is kept by content's engine), so it asks through this interface and never the reverse.
 */
public interface SpaceCourses {

    /**
     * The course's id if the community has a course of this name and the person may read it: empty alike for no such
     * course and a refusal, which Git answers as "not found".
     */
    Optional<Long> readable(Actor actor, Community community, String name);

    /** Whether the person may write the community's course (push to its main). */
    boolean mayWrite(Actor actor, Community community, long courseId);
}
