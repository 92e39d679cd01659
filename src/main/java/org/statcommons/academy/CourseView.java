package org.statcommons.academy;

import java.util.List;

/**
 * A course as its screens show it: where it is, its material, and what the reader may do (contributors see the
 * instructor notes, the problems found in its files and its Git address); for a fork, its origin and upstream status
 * ({@code fork}, null for a course of its own), whose attribution every page, the printable page and the zip show.
 */
record CourseView(
        String communitySlug,
        String communityName,
        Course course,
        CourseMaterial material,
        boolean mayWrite,
        String gitUrl,
        ForkView fork,
        CourseRelease release,
        CourseRelease latest,
        int changesSinceLatest) {

    public String address() {
        return CourseAddress.of(communitySlug, course.name());
    }

    /** Where the material shown is read: the course's address, or a release's ({@code …/v/1.0}). */
    public String readAddress() {
        return release == null ? address() : CourseAddress.release(communitySlug, course.name(), release.version());
    }

    public String episodeAddress(Episode episode) {
        return readAddress() + "/episodes/" + episode.name();
    }

    /** An episode's body for this reader, its links made for the site. */
    public String body(Episode episode) {
        return CourseLinks.site(mayWrite ? episode.instructorHtml() : episode.learnerHtml());
    }

    public String body(CoursePage page) {
        return mayWrite ? page.instructorHtml() : page.learnerHtml();
    }

    /** An episode's body in the offline zip, its links made for the files there. */
    public String offline(Episode episode) {
        return CourseLinks.offline(mayWrite ? episode.instructorHtml() : episode.learnerHtml());
    }

    /** The single printable page's body of an episode. */
    public String printed(Episode episode) {
        return CourseLinks.printed(mayWrite ? episode.instructorHtml() : episode.learnerHtml());
    }

    public List<CourseProblem> problems() {
        return mayWrite ? material.problems() : List.of();
    }
}
