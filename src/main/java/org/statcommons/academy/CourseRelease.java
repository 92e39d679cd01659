package org.statcommons.academy;

import java.time.Instant;

/**
 * A release of a course: a version of its main ({@code 1.0}) naming one commit, with its changelog (Markdown), who
 * released it and when. Never changed once made; the course's repository has the tag {@code v1.0} on the same commit.
 */
record CourseRelease(
        long courseId, String version, String commitId, String changelog, long releasedBy, Instant releasedAt) {

    /** The Git tag naming it in the course's repository. */
    public String tag() {
        return "v" + version;
    }
}
