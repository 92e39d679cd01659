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
