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

    static String git(String slug, String course) {
        return "/git/" + slug + "/courses/" + course + ".git";
    }
}
