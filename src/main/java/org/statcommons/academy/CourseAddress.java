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

    /** The form that edits an episode's file in the browser. */
    static String editEpisode(String slug, String course, String episode) {
        return episode(slug, course, episode) + "/edit";
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

    static String enrolment(String slug, String course) {
        return of(slug, course) + "/enrolment";
    }

    /** The form that marks an episode done (or not done again). */
    static String done(String slug, String course, String episode) {
        return episode(slug, course, episode) + "/done";
    }

    /** A learner's own courses, progress and certificates. */
    static String learning() {
        return "/academy/me";
    }

    /** A certificate's public verification page. */
    static String certificate(String code) {
        return "/academy/certificates/" + code;
    }

    static String certificatePdf(String code) {
        return certificate(code) + "/certificate.pdf";
    }

    static String paths(String slug) {
        return "/c/" + slug + "/paths";
    }

    static String path(String slug, long id) {
        return paths(slug) + "/" + id;
    }

    static String runs(String slug, String course) {
        return of(slug, course) + "/runs";
    }

    static String run(String slug, String course, long id) {
        return runs(slug, course) + "/" + id;
    }
}
