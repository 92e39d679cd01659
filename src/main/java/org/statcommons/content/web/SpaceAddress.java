package org.statcommons.content.web;

import org.statcommons.content.PageAddress;

/**
 * Addresses of pages: the page {@code guidelines/data-integration.md} of community {@code pacific} is read by
 * members at {@code /c/pacific/space/guidelines/data-integration} and, once published, by anyone at
 * {@code /c/pacific/p/guidelines/data-integration}. Actions on a page live under {@code /c/pacific/space/-/…}
 * (no page name starts with a hyphen, so they never collide with a page).
 */
public final class SpaceAddress {

    private SpaceAddress() {}

    public static String space(String slug) {
        return "/c/" + slug + "/space";
    }

    public static String page(String slug, String path) {
        return space(slug) + "/" + encoded(path);
    }

    public static String action(String slug, String action, String path) {
        return space(slug) + "/-/" + action + "/" + encoded(path);
    }

    public static String published(String slug, String path) {
        return PageAddress.published(slug, path);
    }

    /** The page path an address names: the rest of the URL, with {@code .md} added when left out. */
    public static String path(String rest) {
        return PageAddress.path(rest);
    }

    private static String encoded(String path) {
        return PageAddress.encoded(path);
    }
}
