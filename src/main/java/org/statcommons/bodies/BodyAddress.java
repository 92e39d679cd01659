package org.statcommons.bodies;

/** The addresses of this feature's screens. */
final class BodyAddress {

    private BodyAddress() {}

    static String list(String slug) {
        return "/c/" + slug + "/bodies";
    }

    static String of(String slug, long id) {
        return list(slug) + "/" + id;
    }
}
