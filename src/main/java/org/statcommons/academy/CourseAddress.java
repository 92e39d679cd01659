package org.statcommons.academy;

/** The addresses of the academy's screens. */
final class CourseAddress {

    private CourseAddress() {}

    static String courses(String slug) {
        return "/c/" + slug + "/courses";
    }

    static String of(String slug, String course) {
        return courses(slug) + "/" + course;
    }

    static String releases(String slug, String course) {
        return of(slug, course) + "/releases";
    }

    /** The course as of a release: {@code …/v/1.0}, under which its contents, episodes, pages and downloads are. */
    static String release(String slug, String course, String version) {
        return of(slug, course) + "/v/" + version;
    }

    static String episode(String slug, String course, String episode) {
        return of(slug, course) + "/episodes/" + episode;
    }

    static String proposals(String slug, String course) {
        return of(slug, course) + "/proposals";
    }

    static String proposal(String slug, String course, long id) {
        return proposals(slug, course) + "/" + id;
    }

    static String git(String slug, String course) {
        return "/git/" + slug + "/courses/" + course + ".git";
    }
}
