package org.statcommons.workstreams;

/** The addresses of this feature's screens. */
final class WorkstreamAddress {

    private WorkstreamAddress() {}

    static String list(String slug) {
        return "/c/" + slug + "/workstreams";
    }

    static String of(String slug, long id) {
        return list(slug) + "/" + id;
    }

    static String workplans(String slug) {
        return "/c/" + slug + "/workplans";
    }

    static String workplan(String slug, long id) {
        return workplans(slug) + "/" + id;
    }
}
