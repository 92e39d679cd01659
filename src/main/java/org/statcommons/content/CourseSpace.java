package org.statcommons.content;

/**
 * A course of the academy: a Git repository kept by the same engine as a community's space, under its own key
 * ({@link #keyOf}), so that nothing of it is found through the community's space (its repository, index, page list,
 * history or search documents). The academy owns the course itself (its name, visibility, who may write it); content
 * keeps its repository, history and Git over HTTP ({@code /git/{slug}/courses/{name}.git}).
 */
public final class CourseSpace {

    /**
     * Course keys lie below every body's key: a body's space is its id made negative ({@link BodySpace}), a course's is
     * its id plus this offset made negative, and ids of either never come near 2^40.
     */
    static final long OFFSET = 1L << 40;

    private CourseSpace() {}

    /** The engine's key of the course's repository. */
    public static long keyOf(long courseId) {
        if (courseId <= 0 || courseId >= OFFSET) {
            throw new IllegalArgumentException("A course's id is positive and below 2^40: " + courseId);
        }
        return -(OFFSET + courseId);
    }

    /** Whether a space key is a course's. */
    public static boolean isCourseSpace(long key) {
        return key <= -OFFSET;
    }

    /** The course whose repository this key is. */
    public static long courseOf(long key) {
        if (!isCourseSpace(key)) {
            throw new IllegalArgumentException("Not a course's space: " + key);
        }
        return -key - OFFSET;
    }
}
