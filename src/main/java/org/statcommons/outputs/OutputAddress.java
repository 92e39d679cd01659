package org.statcommons.outputs;

/** The addresses of outputs' screens. */
final class OutputAddress {

    private OutputAddress() {}

    static String list(String slug) {
        return "/c/" + slug + "/outputs";
    }

    static String of(String slug, long id) {
        return list(slug) + "/" + id;
    }

    /** The endorsed version as anyone may read it while the page is published, and what changed since. */
    static String endorsed(String slug, long id) {
        return of(slug, id) + "/endorsed";
    }
}
